package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.review.config.ReviewConfig;
import vn.vinhdanh.review.domain.Assignment;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.CaseMemberKey;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.ConflictDeclaration;
import vn.vinhdanh.review.domain.ConflictOverride;
import vn.vinhdanh.review.domain.Council;
import vn.vinhdanh.review.domain.ReviewCase;

/**
 * Cases come in from the nomination service: a submitted revision opens a case (or the next round of one), a
 * withdrawal closes it. Both run in the transaction that consumes the event.
 */
@ApplicationScoped
public class CaseIntake {

    private static final Logger LOG = Logger.getLogger(CaseIntake.class);

    private final Outbox outbox;
    private final CouncilCalendar calendar;
    private final ReviewConfig config;
    private final Clock clock;

    public CaseIntake(Outbox outbox, CouncilCalendar calendar, ReviewConfig config, Clock clock) {
        this.outbox = outbox;
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Opens the case of a submitted revision. A resubmission after a return opens the next round in the same council,
     * with the earlier round's reviewers, conflicts and overrides carried over; the earlier round keeps its scores.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReviewCase> open(NominationSubmitted submitted, String snapshotJson) {
        Optional<ReviewCase> previous = ReviewCase.latestOf(submitted.nominationId());
        if (previous.isPresent() && previous.get().nominationRevision >= submitted.revision()) {
            // the same revision again under another event id (a producer retry, a replay): already judged or open
            LOG.infof(
                    "Nomination %s revision %d already has review case %s; ignored",
                    submitted.nominationId(), submitted.revision(), previous.get().id);
            return Optional.empty();
        }
        LocalDate today = calendar.today();
        ReviewCase reviewCase = ReviewMapping.caseOf(submitted, snapshotJson);
        reviewCase.id = UUID.randomUUID();
        reviewCase.round = previous.map(p -> p.round + 1).orElse(1);
        reviewCase.previousCaseId = previous.map(p -> p.id).orElse(null);
        reviewCase.status = CaseStatus.OPEN;
        reviewCase.openedAt = Instant.now(clock);
        reviewCase.dueOn = calendar.workingDays().plus(today, config.dueWorkingDays());
        reviewCase.councilId = previous.map(p -> p.councilId)
                .orElseGet(() ->
                        Council.inForce(submitted.level(), today).map(c -> c.id).orElse(null));
        reviewCase.persist();
        previous.ifPresent(earlier -> carryOver(earlier, reviewCase));
        outbox.publish(
                Topics.REVIEW_EVENTS,
                EventTypes.REVIEW_OPENED,
                reviewCase.nominationId,
                ReviewMapping.opened(reviewCase));
        return Optional.of(reviewCase);
    }

    private static void carryOver(ReviewCase earlier, ReviewCase next) {
        for (ConflictDeclaration old : ConflictDeclaration.<ConflictDeclaration>list("key.caseId = ?1", earlier.id)) {
            ConflictDeclaration copy = new ConflictDeclaration();
            copy.key = new CaseMemberKey(next.id, old.key.memberId());
            copy.reason = old.reason;
            copy.declaredBy = old.declaredBy;
            copy.declaredAt = old.declaredAt;
            copy.persist();
        }
        for (ConflictOverride old : ConflictOverride.<ConflictOverride>list("key.caseId = ?1", earlier.id)) {
            ConflictOverride copy = new ConflictOverride();
            copy.key = new CaseMemberKey(next.id, old.key.memberId());
            copy.reason = old.reason;
            copy.overriddenBy = old.overriddenBy;
            copy.overriddenAt = old.overriddenAt;
            copy.persist();
        }
        for (Assignment old : Assignment.<Assignment>list("key.caseId = ?1", earlier.id)) {
            Assignment copy = new Assignment();
            copy.key = new Assignment.Key(next.id, old.key.memberId());
            copy.assignedAt = next.openedAt;
            copy.assignedBy = "carried over from round " + earlier.round;
            copy.persist();
        }
    }

    /** The agency took the nomination back: the open case closes and an open ballot on it is cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID nominationId) {
        ReviewCase.<ReviewCase>find("nominationId = ?1 and status = ?2", nominationId, CaseStatus.OPEN)
                .<ReviewCase>stream()
                .forEach(reviewCase -> {
                    reviewCase.status = CaseStatus.WITHDRAWN;
                    Ballot ballot = Ballot.findById(reviewCase.id);
                    if (ballot != null && ballot.status == Ballot.Status.OPEN) {
                        ballot.status = Ballot.Status.CANCELLED;
                        ballot.closedAt = Instant.now(clock);
                    }
                });
    }
}
