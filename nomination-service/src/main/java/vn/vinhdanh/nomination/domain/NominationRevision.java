package vn.vinhdanh.nomination.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One revision of a nomination exactly as it was sent to the council; never changed once written. */
@Entity
@Table(name = "nomination_revision")
public class NominationRevision extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    /** The revision's own id: what an Idempotency-Key of the amendment that wrote it names. */
    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** What the agency changed in answer to the council's return; null for the first revision. */
    @Column(name = "change_note")
    public String changeNote;

    /** The nomination.submitted.v1 payload of this revision. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;

    @Embeddable
    public record Key(
            @Column(name = "nomination_id") UUID nominationId,
            @Column(name = "revision") int revision) implements Serializable {}
}
