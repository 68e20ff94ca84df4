package fr.reperes.letters;

import java.util.Optional;

/** The formats a letter is exported to; the id is the {@code format} parameter of the API and the file extension. */
public enum ExportFormat {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    TXT("txt", "text/plain;charset=UTF-8");

    private final String id;
    private final String mediaType;

    ExportFormat(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ExportFormat> byId(String id) {
        for (ExportFormat format : values()) {
            if (format.id.equalsIgnoreCase(id == null ? "" : id.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
