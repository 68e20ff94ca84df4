package fr.reperes.assessment.rules;

import java.util.List;

/**
 * A sentence the assessment shows, identified by its key in {@code content/assessment/*.yml}. Java decides which
 * sentence applies; the content folder holds its French wording. {@link #params()} lists the placeholders the
 * wording may use ({@code {date}}), so that a typo in the content is caught at start-up rather than shown.
 */
public interface TextKey {

    /** Dotted path in the YAML files, e.g. {@code avertissements.mineur-sdt-irregulier}. */
    String key();

    default List<String> params() {
        return List.of();
    }
}
