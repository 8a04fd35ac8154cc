package vn.vinhdanh.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document of the dossier, by reference only: the file lives in a document store, the checksum pins its content. */
@Embeddable
public class Attachment {

    @Column(nullable = false)
    public String name;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** Lower-case hex. */
    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public String url;
}
