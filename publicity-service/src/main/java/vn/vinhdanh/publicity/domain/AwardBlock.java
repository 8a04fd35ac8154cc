package vn.vinhdanh.publicity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * award-service could not draft a nomination's award ({@code award.blocked.v1}) and, once the agency corrected the
 * title, did ({@code award.unblocked.v1}). Kept per nomination whether or not its feature exists yet; while it is
 * unresolved the story may not go out ({@link PublicationRules#awardBlocker()}).
 */
@Entity
@Table(name = "award_block")
public class AwardBlock extends PanacheEntityBase {

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;

    /** The title that could not become an award. */
    @Column(name = "award_code")
    public String awardCode;

    /** Why, in English; null only in a row that records an unblock whose block never arrived. */
    public String reason;

    /** Why, in Vietnamese, as the editor's page shows it. */
    @Column(name = "reason_vi")
    public String reasonVi;

    @Column(name = "blocked_at")
    public Instant blockedAt;

    /** When the corrected title became an award; null while the block holds. */
    @Column(name = "unblocked_at")
    public Instant unblockedAt;

    @Column(name = "corrected_award_code")
    public String correctedAwardCode;

    @Column(name = "corrected_award_name")
    public String correctedAwardName;

    public boolean isResolved() {
        return unblockedAt != null;
    }
}
