package vn.vinhdanh.award.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.award.domain.BlockedApproval;
import vn.vinhdanh.events.ReviewDecided;
import vn.vinhdanh.problem.ProblemException;

/**
 * The emulation board retries a blocked approval once the cause was on its side and is fixed: the missing multiplier
 * added, the catalogue or an issuer's authority corrected. The kept approval is drafted again under the title of its
 * last attempt, without waiting for the agency: the draft award at last ({@code award.unblocked.v1}), or still
 * blocked (409 {@code still-blocked}, and a new {@code award.blocked.v1} only when the reason changed).
 */
@ApplicationScoped
public class BlockedApprovalBoardRetry {

    private final BlockedApprovalRetry redrafting;
    private final StoredApprovals approvals;
    private final AuditTrail audit;

    public BlockedApprovalBoardRetry(BlockedApprovalRetry redrafting, StoredApprovals approvals, AuditTrail audit) {
        this.redrafting = redrafting;
        this.approvals = approvals;
        this.audit = audit;
    }

    /** What one retry came to, as committed. */
    private record Retried(BlockedApproval blocked, BlockedApprovalRetry.Outcome outcome) {}

    /**
     * @param note why the board retries now, for the audit trail; null or blank for none
     * @return the blocked approval, resolved, with the award it became (none when it was proposed upward)
     * @throws ProblemException 404 when no approval of the nomination was blocked, 409 {@code not-blocked} when its
     *     award was drafted already, 409 {@code still-blocked} when it still cannot be drafted
     */
    public BlockedApproval retry(UUID nominationId, String note) {
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        // committed before the refusal is told: a block whose reason changed is kept and announced, although the
        // answer is 409; a refusal thrown inside would roll that back
        Retried retried = QuarkusTransaction.requiringNew().call(() -> redraft(nominationId, trimmed));
        if (retried.outcome() != BlockedApprovalRetry.Outcome.UNBLOCKED
                && retried.outcome() != BlockedApprovalRetry.Outcome.PROPOSED_UPWARD) {
            throw stillBlocked(retried);
        }
        return retried.blocked();
    }

    private Retried redraft(UUID nominationId, String note) {
        // the row lock puts the board's retry and an agency's title correction one after the other
        BlockedApproval blocked = BlockedApproval.<BlockedApproval>findByIdOptional(
                        nominationId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(
                        "blocked approval of nomination", "đề nghị khen thưởng bị tạm dừng của hồ sơ", nominationId));
        if (blocked.resolved() && blocked.proposedUpward) {
            throw ProblemException.conflict(
                    "not-blocked",
                    "the approval of nomination " + nominationId + " is not blocked any more: it was proposed upward ("
                            + blocked.awardCode + ") at " + blocked.unblockedAt,
                    "Đề nghị khen thưởng của hồ sơ " + nominationId + " không còn bị tạm dừng: đã đề nghị cấp trên khen"
                            + " thưởng (" + blocked.awardCode + ") lúc " + blocked.unblockedAt + ".");
        }
        if (blocked.resolved()) {
            throw ProblemException.conflict(
                    "not-blocked",
                    "the approval of nomination " + nominationId + " is not blocked any more: it was drafted as award "
                            + blocked.awardId + " (" + blocked.awardCode + ") at " + blocked.unblockedAt,
                    "Đề nghị khen thưởng của hồ sơ " + nominationId + " không còn bị tạm dừng: đã lập dự thảo khen"
                            + " thưởng " + blocked.awardId + " (" + blocked.awardCode + ") lúc " + blocked.unblockedAt
                            + ".");
        }
        // the approval as the council decided it, under the title the last attempt tried (the agency's correction,
        // if there was one)
        ReviewDecided approval = AwardMapping.withProposedAward(approvals.read(blocked.approval), blocked.awardCode);
        BlockedApprovalRetry.Outcome outcome = redrafting.redraft(blocked, approval);
        String noted = note == null ? "" : "; note: " + note;
        switch (outcome) {
            case UNBLOCKED ->
                audit.record(
                        "blocked-approval.retry",
                        "blocked-approval",
                        nominationId,
                        "drafted as award " + blocked.awardId + " (" + blocked.awardCode + ")" + noted);
            case PROPOSED_UPWARD ->
                audit.record(
                        "blocked-approval.retry",
                        "blocked-approval",
                        nominationId,
                        "proposed upward (" + blocked.awardCode + ")" + noted);
            case BLOCKED_ANEW ->
                audit.record(
                        "blocked-approval.retry",
                        "blocked-approval",
                        nominationId,
                        "still blocked, now " + blocked.cause + " (" + blocked.awardCode + ")" + noted);
            // the same block: nothing changed, so nothing to record
            case UNCHANGED -> {}
        }
        return new Retried(blocked, outcome);
    }

    private static ProblemException stillBlocked(Retried retried) {
        BlockedApproval blocked = retried.blocked();
        boolean anew = retried.outcome() == BlockedApprovalRetry.Outcome.BLOCKED_ANEW;
        return ProblemException.conflict(
                "still-blocked",
                "the approval of nomination " + blocked.nominationId + " still cannot be drafted ("
                        + blocked.cause + (anew ? ", a new reason, announced as award.blocked.v1" : "") + "): "
                        + blocked.reason,
                "Đề nghị khen thưởng của hồ sơ " + blocked.nominationId + " vẫn chưa lập được dự thảo khen thưởng"
                        + (anew ? " (lý do mới, đã thông báo)" : "") + ": " + blocked.reasonVi);
    }
}
