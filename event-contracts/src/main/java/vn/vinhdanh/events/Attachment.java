package vn.vinhdanh.events;

/** A document of the dossier, by reference: the file itself is stored elsewhere and checked by its SHA-256. */
public record Attachment(String name, String mediaType, long sizeBytes, String sha256, String url) {}
