package fr.reperes.letters;

import java.util.LinkedHashMap;
import java.util.Map;

/** For the benchmarks of other packages: each letter's sample values, as a careful user would fill them in. */
public final class LetterSamples {

    private LetterSamples() {
    }

    /** Letter id → field values (the first signatory of each letter). */
    public static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> samples = new LinkedHashMap<>();
        for (Letter letter : TestLetters.service().letters()) {
            samples.put(letter.id().id(), TestLetters.sample(letter, letter.signatories().getFirst().signatory()));
        }
        return samples;
    }
}
