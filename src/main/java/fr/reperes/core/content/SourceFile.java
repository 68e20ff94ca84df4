package fr.reperes.core.content;

/** A content file as read from disk or the classpath: its path relative to content/ and its text. */
public record SourceFile(String path, String text) {

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
