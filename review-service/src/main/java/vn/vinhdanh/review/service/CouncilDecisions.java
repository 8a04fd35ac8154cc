package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.province.ProvinceClock;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.VoteRule;

/**
 * The secretary records the council's decision on a case: APPROVED (what starts the award and the press feature),
 * REJECTED or RETURNED. Each decision publishes {@code review.decided.v1} with the nomination as judged.
 */
@ApplicationScoped
public class CouncilDecisions {

    private final ReviewQueries reviews;
    private final ReviewMapping mapping;
    private final Outbox outbox;
    private final Caller caller;
    private final AuditTrail audit;
    private final CouncilCalendar calendar;
    private final Clock clock;

    public CouncilDecisions(
            ReviewQueries reviews,
            ReviewMapping mapping,
            Outbox outbox,
            Caller caller,
            AuditTrail audit,
            CouncilCalendar calendar,
            Clock clock) {
        this.reviews = reviews;
        this.mapping = mapping;
        this.outbox = outbox;
        this.caller = caller;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * APPROVED needs a closed secret ballot that carried under the title's rule and, where the title needs one, a
     * public comment period that has ended. REJECTED and RETURNED need a reason.
     */
    @Transactional
    public ReviewCase decide(UUID caseId, DecideCase command) {
        return decideInTransaction(reviews.get(caseId), command);
    }

    /** One item of a bulk decision, committed on its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReviewCase decideAlone(UUID caseId, DecideCase command) {
        return decideInTransaction(reviews.get(caseId), command);
    }

    private ReviewCase decideInTransaction(ReviewCase reviewCase, DecideCase command) {
        reviewCase.requireOpen();
        LocalDate today = calendar.today();
        if (command.outcome() == ReviewOutcome.APPROVED) {
            VoteRule rule = VoteRule.applicable(reviewCase.proposedAward, reviewCase.level, today);
            reviewCase.requirePublicCommentOver(rule, today);
            Ballot ballot = Ballot.findById(reviewCase.id);
            if (ballot == null || ballot.status != Ballot.Status.CLOSED) {
                throw ProblemException.conflict(
                        "vote-required",
                        "review case " + reviewCase.id
                                + " can be approved only after the council's secret ballot on it is closed",
                        "Chỉ thông qua được sau khi Hội đồng bỏ phiếu kín về hồ sơ và đã kết thúc bỏ phiếu.");
            }
            if (!Boolean.TRUE.equals(ballot.passed)) {
                throw ProblemException.conflict(
                        "vote-not-carried",
                        "the council's ballot did not approve review case " + reviewCase.id + ": "
                                + ballot.result().explanation(),
                        "Kết quả bỏ phiếu kín không đạt tỷ lệ thông qua; không thể thông qua hồ sơ.");
            }
        }
        Instant now = Instant.now(clock);
        // the decision's date is the province's: the law in force is chosen by it
        reviewCase.decide(
                command.outcome(),
                command.reason() == null ? null : command.reason().strip(),
                caller.label(),
                now,
                LocalDate.ofInstant(now, ProvinceClock.ZONE));
        outbox.publish(
                Topics.REVIEW_EVENTS, EventTypes.REVIEW_DECIDED, reviewCase.nominationId, mapping.decided(reviewCase));
        audit.record(
                "review.decide",
                "review-case",
                reviewCase.id,
                reviewCase.outcome + ": " + (reviewCase.reason == null ? "" : reviewCase.reason));
        return reviewCase;
    }
}
