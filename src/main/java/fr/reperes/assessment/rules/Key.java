package fr.reperes.assessment.rules;

import java.util.List;

/** A text key built from an id (step titles and bodies, deadline labels). */
record Key(String key, List<String> params) implements TextKey {
}
