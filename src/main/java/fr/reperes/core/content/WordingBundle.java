package fr.reperes.core.content;

import fr.reperes.core.Voice;

import java.util.List;
import java.util.Map;

/**
 * The words of one screen (or one part of every screen), from one file of {@code content/}, checked once at
 * start-up: every key the screen names has its text, no other key is there (a typo, most likely), and a text uses
 * only the placeholders the code fills in. Any problem stops the application with the file and the key. A screen's
 * bundle is then only its file, its keys, its placeholders and, if it likes, typed accessors:
 * {@code class FrameWording extends WordingBundle}.
 */
public class WordingBundle {

    private final Texts texts;
    private final List<String> keys;
    private final String what;

    /**
     * @param file         under {@code content/}, e.g. {@code site/cadre.yml}
     * @param what         the bundle in the message for an unknown key: "du cadre des pages" gives
     *                     "Texte du cadre des pages inconnu : clé"
     * @param keys         every key of the file
     * @param placeholders the placeholders each key may use ({@code {question}}); a key not listed may use none
     */
    public WordingBundle(Wording wording, String file, String what, List<String> keys,
                         Map<String, List<String>> placeholders) {
        Problems problems = new Problems();
        this.texts = wording.texts(file, problems);
        this.keys = List.copyOf(keys);
        this.what = what;
        texts.requireExactly(keys, problems);
        keys.forEach(key -> texts.allowPlaceholders(key, placeholders.getOrDefault(key, List.of()), problems));
        problems.throwIfAny();
    }

    /** The text named {@code key}, for everyone (or, for a pair, the person's form). */
    public String text(String key) {
        return text(key, Voice.PERSON, Map.of());
    }

    /** With its placeholders ({@code {question}}) filled in. */
    public String text(String key, Map<String, String> values) {
        return text(key, Voice.PERSON, values);
    }

    /** The form for who answers, with its placeholders filled in. */
    public String text(String key, Voice voice, Map<String, String> values) {
        if (!keys.contains(key)) {
            throw new IllegalArgumentException("Texte " + what + " inconnu : " + key);
        }
        return texts.text(key, voice, values);
    }
}
