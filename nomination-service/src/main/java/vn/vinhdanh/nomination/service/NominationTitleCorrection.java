package vn.vinhdanh.nomination.service;

import static vn.vinhdanh.province.VietnameseText.nfc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationTitleCorrected;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.nomination.domain.AwardTitle;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.NominationStatus;
import vn.vinhdanh.nomination.domain.TimelineEntry;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;

/**
 * The agency replaces the proposed title of an approved nomination whose award award-service could not draft
 * (award.blocked.v1). The council's approval is kept: award-service drafts it again under the new title when it
 * receives nomination.title-corrected.v1, and answers with award.unblocked.v1 or another block. The new title passes
 * the same checks as at intake, so that the retry has a chance.
 */
@ApplicationScoped
public class NominationTitleCorrection {

    static final int MAX_REASON_LENGTH = 2000;

    private final NominationQueries nominations;
    private final ProposedTitles titles;
    private final Outbox outbox;
    private final Caller caller;
    private final AuditTrail audit;
    private final WebhookAnnouncement webhooks;
    private final Clock clock;

    public NominationTitleCorrection(
            NominationQueries nominations,
            ProposedTitles titles,
            Outbox outbox,
            Caller caller,
            AuditTrail audit,
            WebhookAnnouncement webhooks,
            Clock clock) {
        this.nominations = nominations;
        this.titles = titles;
        this.outbox = outbox;
        this.caller = caller;
        this.audit = audit;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Transactional
    public Nomination correct(UUID id, CorrectTitle correction) {
        String title = correction.proposedAward() == null
                ? ""
                : correction.proposedAward().strip();
        String reason = nfc(correction.reason());
        checkGiven(title, reason);
        Nomination nomination = nominations.get(id);
        if (!nomination.awaitsTitleCorrection()) {
            throw notBlocked(nomination);
        }
        if (title.equals(nomination.proposedAward)) {
            throw ProblemException.invalidField(
                    "proposedAward",
                    title + " is the title proposed now, the one award-service could not draft; choose another",
                    "Đây là hình thức đang đề nghị, chưa lập được khen thưởng; đề nghị chọn hình thức khác.");
        }
        Instant now = Instant.now(clock);
        // the grant as at intake: in force on the last day of the nomination's period, not today
        AwardTitle chosen =
                titles.check(title, nomination.nominee.kind, nomination.level, nomination.movement.periodEnd());
        String previous = nomination.proposedAward;
        String note = nameOf(previous) + " → " + chosen.nameVi + ": " + reason;
        TimelineEntry entry = nomination.correctTitle(title, caller.label(), note, now);
        webhooks.stepAdded(nomination, entry, nomination.status);
        audit.record("nomination.correct-title", "nomination", id, previous + " → " + title + ": " + reason);
        outbox.publish(
                Topics.NOMINATION_EVENTS,
                EventTypes.NOMINATION_TITLE_CORRECTED,
                id,
                new NominationTitleCorrected(id, nomination.agencyCode, previous, title, reason, caller.label(), now));
        return nomination;
    }

    /** The resource's Bean Validation says the same for the API; the desk and any other caller meet it here. */
    private static void checkGiven(String title, String reason) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> vietnamese = new LinkedHashMap<>();
        if (title.isEmpty()) {
            errors.add(new Problem.FieldError("proposedAward", "required"));
            vietnamese.put("proposedAward", "Đề nghị chọn hình thức khen thưởng thay thế.");
        }
        if (reason == null || reason.isEmpty()) {
            errors.add(new Problem.FieldError("reason", "required: say why the title changes"));
            vietnamese.put("reason", "Đề nghị ghi lý do sửa hình thức đề nghị.");
        } else if (reason.length() > MAX_REASON_LENGTH) {
            errors.add(new Problem.FieldError("reason", "at most " + MAX_REASON_LENGTH + " characters"));
            vietnamese.put("reason", "Lý do dài tối đa " + MAX_REASON_LENGTH + " ký tự.");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors, vietnamese);
        }
    }

    private static ProblemException notBlocked(Nomination nomination) {
        boolean waiting = nomination.status == NominationStatus.APPROVED;
        return ProblemException.conflict(
                "award-not-blocked",
                "nomination " + nomination.id + " is " + nomination.status
                        + (waiting
                                ? " with no award blocked: a title is corrected after award-service reported it cannot"
                                        + " draft the award (award.blocked.v1), once per report; after a correction,"
                                        + " wait for award-service's answer"
                                : "; only an APPROVED nomination whose award award-service could not draft can have"
                                        + " its title corrected"),
                "Hồ sơ đề nghị " + nomination.id + " đang ở trạng thái " + nomination.status
                        + (waiting
                                ? " và không bị tạm dừng khen thưởng: chỉ sửa hình thức đề nghị khi Ban Thi đua – Khen"
                                        + " thưởng báo chưa lập được khen thưởng, mỗi lần báo sửa một lần; đã sửa thì"
                                        + " chờ Ban trả lời"
                                : "; chỉ sửa được hình thức đề nghị của hồ sơ đã được Hội đồng thông qua mà chưa lập"
                                        + " được khen thưởng")
                        + ".");
    }

    /** A title as the agency knows it: its Vietnamese name, or its code when the catalogue does not hold it. */
    private static String nameOf(String code) {
        AwardTitle title = AwardTitle.findById(code);
        return title == null ? code : title.nameVi;
    }
}
