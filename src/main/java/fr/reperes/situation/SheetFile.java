package fr.reperes.situation;

/** A file made in memory for download (the sheet as PDF, the deadlines as a calendar); never written anywhere. */
public record SheetFile(byte[] bytes, String fileName, String mediaType) {
}
