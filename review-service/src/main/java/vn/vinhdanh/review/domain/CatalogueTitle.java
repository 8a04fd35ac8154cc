package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A title or form of award-service's catalogue, as last published ({@code award-type.published.v1}): what a vote rule
 * may be set for. Written only by the catalogue's consumer; who grants it where is award-service's and nomination
 * intake's business, not the council's, so only the code and names are kept.
 */
@Entity
@Table(name = "award_catalogue")
public class CatalogueTitle extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** award-service's revision of the entry; an older publication arriving late is ignored. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
