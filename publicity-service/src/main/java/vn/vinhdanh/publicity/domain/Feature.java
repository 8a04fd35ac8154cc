package vn.vinhdanh.publicity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Synchronize;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;

/**
 * A press feature about one advanced model, from first draft to publication. Its award's block ({@link AwardBlock})
 * is read with it; {@code @Synchronize} makes a query for features flush a block written earlier in the same
 * transaction first, as it would for a table of its own.
 */
@Entity
@Synchronize("award_block")
public class Feature extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "nomination_id", nullable = false, unique = true)
    public UUID nominationId;

    @Column(name = "review_case_id", nullable = false)
    public UUID reviewCaseId;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FeatureStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    public NomineeKind nomineeKind;

    @Column(name = "nominee_name", nullable = false)
    public String nomineeName;

    @Column(nullable = false)
    public String organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(name = "movement_name", nullable = false)
    public String movementName;

    @Column(name = "publicity_consent", nullable = false)
    public boolean publicityConsent;

    /** The nomination as approved (JSON of the event), so the draft can be rewritten when the award arrives. */
    @Column(name = "nomination_snapshot", nullable = false)
    public String nominationSnapshot;

    @Column(name = "award_name")
    public String awardName;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The editor working on the story. */
    public String assignee;

    /** Embargo: a scheduled story is published by the scheduler at this time, and never appears before it. */
    @Column(name = "scheduled_for")
    public Instant scheduledFor;

    @Column(name = "killed_at")
    public Instant killedAt;

    @Column(name = "kill_reason")
    public String killReason;

    /** The day the story is best published (the ceremony's, else the sector's traditional day), or null. */
    @Column(name = "suggested_publish_date")
    public LocalDate suggestedPublishDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggestion_basis")
    public PublishSuggestion.Basis suggestionBasis;

    /** Why that day, in Vietnamese: the ceremony (name, day, place) or the traditional day. */
    @Column(name = "suggestion_note")
    public String suggestionNote;

    /** The ceremony at which the award is presented, when one is scheduled. */
    @Column(name = "ceremony_id")
    public UUID ceremonyId;

    @Version
    public long version;

    /**
     * Why award-service could not draft the award (English, Vietnamese) while no corrected title has become one; null
     * when nothing blocks it. Read with the feature itself, as a subquery on award_block's primary key in the
     * feature's own select: every way features are loaded (one, a page of a list, the embargo check) sees the block
     * without a query per row, and none can forget to load it. Read-only, and as of the read like every other field.
     */
    @Formula("(select b.reason from award_block b where b.nomination_id = nomination_id and b.unblocked_at is null)")
    private String blockReason;

    @Formula("(select b.reason_vi from award_block b where b.nomination_id = nomination_id and b.unblocked_at is null)")
    private String blockReasonVi;

    /** The publication rules as of this read of the feature (its status, consent and the award's block). */
    public PublicationRules publicationRules() {
        return new PublicationRules(status, nomineeKind, publicityConsent, blockReason, blockReasonVi);
    }

    /** award-service's words for the block in Vietnamese, or null; for the editor's pages, which read the entity. */
    public String awardBlockReasonVi() {
        return publicationRules().awardBlockReasonVi();
    }

    /**
     * Why an individual's or a household's consent keeps the story back, or null; for the editor's pages, which read
     * the entity.
     */
    public String consentBlocker() {
        return publicationRules().consentBlocker();
    }

    /** The same in Vietnamese, for the editor's page. */
    public String consentBlockerVi() {
        return publicationRules().consentBlockerVi();
    }

    public boolean isEditable() {
        return status == FeatureStatus.DRAFT || status == FeatureStatus.IN_REVIEW;
    }

    /** A story not yet out, whose suggested publish date (and publication blocker) still matters. */
    public boolean isUpcoming() {
        return status != FeatureStatus.PUBLISHED && status != FeatureStatus.KILLED;
    }

    /**
     * {@code expectedVersion} is the version the editor read ({@code If-Match}): a concurrent edit in between makes
     * this one fail with 412 instead of silently losing it.
     */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new ProblemException(
                    412,
                    "stale-version",
                    "Precondition failed",
                    "the feature changed since you read it (you have version " + expectedVersion + ", it is at "
                            + version + "); read it again and reapply your change",
                    "Bài đã được người khác sửa trong lúc này (đồng chí đang có phiên bản " + expectedVersion
                            + ", bài hiện ở phiên bản " + version + "); đề nghị đồng chí mở lại bài rồi sửa lại.",
                    null);
        }
    }

    public void submitForReview(Instant at) {
        transition(FeatureStatus.DRAFT, FeatureStatus.IN_REVIEW, at);
    }

    public void requestChanges(Instant at) {
        transition(FeatureStatus.IN_REVIEW, FeatureStatus.DRAFT, at);
    }

    public void approve(Instant at) {
        publicationRules().requireApprovable();
        transition(FeatureStatus.IN_REVIEW, FeatureStatus.APPROVED, at);
    }

    /** Embargo until {@code publishAt}; it must lie in the future. */
    public void schedule(Instant publishAt, Instant now) {
        publicationRules().requireSchedulable(publishAt, now);
        status = FeatureStatus.SCHEDULED;
        scheduledFor = publishAt;
        updatedAt = now;
    }

    public void publish(Instant at) {
        publicationRules().requirePublishable();
        status = FeatureStatus.PUBLISHED;
        publishedAt = at;
        scheduledFor = null;
        updatedAt = at;
    }

    /** A correction keeps the story published; the feeds show it as updated, with the correction note. */
    public void correct(String newBody, Instant at) {
        if (status != FeatureStatus.PUBLISHED) {
            throw invalidTransition("correct", "đính chính");
        }
        if (newBody != null) {
            body = newBody;
        }
        updatedAt = at;
    }

    /** Takes a scheduled or published story down for good; a published one leaves a tombstone in the Atom feed. */
    public void kill(String reason, Instant at) {
        if (status != FeatureStatus.PUBLISHED && status != FeatureStatus.SCHEDULED) {
            throw invalidTransition("kill", "gỡ");
        }
        if (status == FeatureStatus.SCHEDULED) {
            publishedAt = null;
        }
        status = FeatureStatus.KILLED;
        killedAt = at;
        killReason = reason;
        scheduledFor = null;
        updatedAt = at;
    }

    /**
     * The award behind the story was revoked: whatever its state, the story must not (or no longer) be public. A
     * published one leaves a tombstone; one never published simply never appears.
     */
    public void withdrawForRevokedAward(String reason, Instant at) {
        if (status == FeatureStatus.KILLED) {
            return;
        }
        if (status != FeatureStatus.PUBLISHED) {
            publishedAt = null;
        }
        status = FeatureStatus.KILLED;
        killedAt = at;
        killReason = reason;
        scheduledFor = null;
        updatedAt = at;
    }

    private void transition(FeatureStatus from, FeatureStatus to, Instant at) {
        if (status != from) {
            throw invalidTransition(to.name().toLowerCase().replace('_', ' '), actionVi(to));
        }
        status = to;
        updatedAt = at;
    }

    /** What moving a story to {@code to} is called on the desk. */
    private static String actionVi(FeatureStatus to) {
        return switch (to) {
            case DRAFT -> "trả lại để sửa";
            case IN_REVIEW -> "gửi duyệt";
            case APPROVED -> "duyệt";
            case SCHEDULED -> "hẹn giờ đăng";
            case PUBLISHED -> "đăng";
            case KILLED -> "gỡ";
        };
    }

    private ProblemException invalidTransition(String action, String actionVi) {
        return PublicationRules.invalidTransition(status, action, actionVi);
    }
}
