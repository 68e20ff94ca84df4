package fr.reperes.letters;

/** An exported letter, made in memory for one download and then dropped. */
public record LetterDocument(byte[] bytes, String fileName, String mediaType) {
}
