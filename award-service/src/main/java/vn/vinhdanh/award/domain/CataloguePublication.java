package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last publication of one catalogue entry: its revision and a digest of what it said. */
@Entity
@Table(name = "catalogue_publication")
public class CataloguePublication extends PanacheEntityBase {

    @Id
    @Column(name = "award_code")
    public String awardCode;

    @Column(nullable = false)
    public long revision;

    @Column(name = "content_sha256", nullable = false)
    public String contentSha256;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
