package vn.vinhdanh.nomination.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A nomination being prepared by its agency: the request body as typed so far, checked in full only when submitted.
 * Once submitted it points at the nomination it became and changes no more.
 */
@Entity
@Table(name = "nomination_draft")
public class NominationDraft extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_nomination_id")
    public UUID submittedNominationId;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Version
    public long version;

    public boolean submitted() {
        return submittedNominationId != null;
    }
}
