package vn.vinhdanh.publicity.domain;

import java.time.Instant;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.problem.ProblemException;

/**
 * When a story may go out, as of one read of its feature: the status, the nominee's consent and the award's block
 * (null when none). Kept apart from {@link Feature} so that the rules can be read, and tested, without the entity's
 * fields and transitions around them; the entity builds one for each question and keeps the state changes.
 *
 * @param blockReason award-service's reason for the block in English, or null when nothing blocks the award
 * @param blockReasonVi the same reason in Vietnamese, as award-service wrote it
 */
public record PublicationRules(
        FeatureStatus status,
        NomineeKind nomineeKind,
        boolean publicityConsent,
        String blockReason,
        String blockReasonVi) {

    /** What the editor's page says when an individual's consent is missing. */
    public static final String CONSENT_MISSING_VI =
            "Người được khen chưa đồng ý tuyên truyền trong đề nghị; bài về cá nhân cần sự đồng ý đó.";

    /** What the editor's page says when a household's consent is missing. */
    public static final String HOUSEHOLD_CONSENT_MISSING_VI =
            "Hộ gia đình được khen chưa đồng ý tuyên truyền trong đề nghị; bài về hộ gia đình cần sự đồng ý đó.";

    /** Why the story may not be published now, or null if it may. */
    public String publicationBlocker() {
        if (!approvedOrScheduled()) {
            return "feature is " + status + "; only an approved or scheduled story can be published";
        }
        return blockerBeyondTheDesk();
    }

    /**
     * What keeps the story from going out that no step of the workflow can fix: the award blocked upstream, an
     * individual's or a household's consent missing; or null.
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
     * An individual's story needs the consent recorded on the nomination, and so does a household's (a household is
     * people, named by its head); a collective's does not.
     */
    public String consentBlocker() {
        if (publicityConsent) {
            return null;
        }
        return switch (nomineeKind) {
            case INDIVIDUAL ->
                "the nominee did not consent to publicity on the nomination; an individual's story needs it";
            case HOUSEHOLD ->
                "the household did not consent to publicity on the nomination; a household's story needs it";
            case COLLECTIVE -> null;
        };
    }

    /** The same in Vietnamese, as the editor's page and the 409 say it; or null. */
    public String consentBlockerVi() {
        if (consentBlocker() == null) {
            return null;
        }
        return nomineeKind == NomineeKind.HOUSEHOLD ? HOUSEHOLD_CONSENT_MISSING_VI : CONSENT_MISSING_VI;
    }

    /**
     * Refuses a step towards publication (approve, schedule, publish) while the award is blocked (409
     * award-blocked) or an individual's or a household's consent is missing (409 consent-missing).
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
            throw ProblemException.conflict("consent-missing", consent, consentBlockerVi());
        }
    }

    /** Approval is a step towards publication: refused while something beyond the desk blocks the story. */
    public void requireApprovable() {
        refuseWhileBlockedBeyondTheDesk();
    }

    /** An embargo lies in the future, and only an approved (or already scheduled) story gets one. */
    public void requireSchedulable(Instant publishAt, Instant now) {
        if (!publishAt.isAfter(now)) {
            throw ProblemException.invalidField(
                    "publishAt",
                    "must be in the future; publish now instead",
                    "Giờ hẹn đăng phải ở sau lúc này; muốn đăng ngay thì bấm Đăng ngay");
        }
        if (!approvedOrScheduled()) {
            throw invalidTransition(status, "schedule", "hẹn giờ đăng");
        }
    }

    /** Only an approved or scheduled story is published, and only while nothing beyond the desk blocks it. */
    public void requirePublishable() {
        if (!approvedOrScheduled()) {
            throw ProblemException.conflict(
                    "invalid-transition",
                    publicationBlocker(),
                    "Bài viết đang ở trạng thái " + status + "; chỉ đăng được bài đã duyệt hoặc đã hẹn giờ đăng.");
        }
        refuseWhileBlockedBeyondTheDesk();
    }

    private boolean approvedOrScheduled() {
        return status == FeatureStatus.APPROVED || status == FeatureStatus.SCHEDULED;
    }

    /**
     * 409 invalid-transition for a step the story's status does not allow; the entity's other transitions refuse
     * with it too, so every such refusal reads the same.
     *
     * @param actionVi the same action as the desk names it ("gửi duyệt", "đính chính")
     */
    static ProblemException invalidTransition(FeatureStatus status, String action, String actionVi) {
        return ProblemException.conflict(
                "invalid-transition",
                "cannot " + action + " a feature that is " + status,
                "Không thể " + actionVi + " bài viết đang ở trạng thái " + status + ".");
    }
}
