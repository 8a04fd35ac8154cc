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

    /** Why this feature may not be published now, or null if it may. */
    public String publicationBlocker() {
        if (status != FeatureStatus.APPROVED && status != FeatureStatus.SCHEDULED) {
            return "feature is " + status + "; only an approved or scheduled story can be published";
        }
        return blockerBeyondTheDesk();
    }

    /**
     * What keeps the story from going out that no step of the workflow can fix: the award blocked upstream, an
     * individual's consent missing; or null.
     */
    public String blockerBeyondTheDesk() {
        String award = awardBlocker();
        return award != null ? award : consentBlocker();
    }

    /** The award is blocked: award-service could not draft it, and the agency's corrected title has not become one. */
    public String awardBlocker() {
        if (blockReason == null) {
            return null;
        }
        return "the award is blocked: " + blockReason
                + "; the story may not go out until the agency's corrected title becomes an award";
    }

    /** award-service's own words for the block, in Vietnamese, as the editor's page quotes them; or null. */
    public String awardBlockReasonVi() {
        return blockReason == null ? null : blockReasonVi;
    }

    /**
     * Refuses a step towards publication (approve, schedule, publish) while the award is blocked (409
     * award-blocked) or an individual's consent is missing (409 consent-missing).
     */
    public void refuseWhileBlockedBeyondTheDesk() {
        if (blockReason != null) {
            throw ProblemException.conflict(
                    "award-blocked",
                    awardBlocker(),
                    "Khen thưởng của đề nghị đang bị vướng: “" + blockReasonVi + "”. Bài chưa được duyệt, hẹn giờ"
                            + " hay đăng cho đến khi cơ quan đề nghị sửa danh hiệu và khen thưởng được lập theo danh"
                            + " hiệu đã sửa.");
        }
        String consent = consentBlocker();
        if (consent != null) {
            throw ProblemException.conflict("consent-missing", consent, CONSENT_MISSING_VI);
        }
    }

    /** What the editor's page says when an individual's consent is missing. */
    public static final String CONSENT_MISSING_VI =
            "Người được khen chưa đồng ý tuyên truyền trong đề nghị; bài về cá nhân cần sự đồng ý đó.";

    /** An individual's story needs the consent recorded on the nomination; a collective's does not. */
    public String consentBlocker() {
        if (nomineeKind == NomineeKind.INDIVIDUAL && !publicityConsent) {
            return "the nominee did not consent to publicity on the nomination; an individual's story needs it";
        }
        return null;
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
        refuseWhileBlockedBeyondTheDesk();
        transition(FeatureStatus.IN_REVIEW, FeatureStatus.APPROVED, at);
    }

    /** Embargo until {@code publishAt}; it must lie in the future. */
    public void schedule(Instant publishAt, Instant now) {
        if (!publishAt.isAfter(now)) {
            throw ProblemException.invalidField(
                    "publishAt",
                    "must be in the future; publish now instead",
                    "Giờ hẹn đăng phải ở sau lúc này; muốn đăng ngay thì bấm Đăng ngay");
        }
        if (status != FeatureStatus.APPROVED && status != FeatureStatus.SCHEDULED) {
            throw invalidTransition("schedule", "hẹn giờ đăng");
        }
        status = FeatureStatus.SCHEDULED;
        scheduledFor = publishAt;
        updatedAt = now;
    }

    public void publish(Instant at) {
        if (status != FeatureStatus.APPROVED && status != FeatureStatus.SCHEDULED) {
            throw ProblemException.conflict(
                    "invalid-transition",
                    publicationBlocker(),
                    "Bài viết đang ở trạng thái " + status + "; chỉ đăng được bài đã duyệt hoặc đã hẹn giờ đăng.");
        }
        refuseWhileBlockedBeyondTheDesk();
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

    /** @param actionVi the same action as the desk names it ("gửi duyệt", "đính chính") */
    private ProblemException invalidTransition(String action, String actionVi) {
        return ProblemException.conflict(
                "invalid-transition",
                "cannot " + action + " a feature that is " + status,
                "Không thể " + actionVi + " bài viết đang ở trạng thái " + status + ".");
    }
}
