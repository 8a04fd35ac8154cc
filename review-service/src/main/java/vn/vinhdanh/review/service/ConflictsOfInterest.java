package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Assignment;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.CaseMemberKey;
import vn.vinhdanh.review.domain.ConflictDeclaration;
import vn.vinhdanh.review.domain.ConflictOverride;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.CouncilPosition;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.ScoreSheet;

/** A member declares a conflict of interest (or the secretary records one); only the council's chair overrides it. */
@ApplicationScoped
public class ConflictsOfInterest {

    private final ReviewQueries reviews;
    private final ConflictPolicy conflicts;
    private final BallotMembership membership;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public ConflictsOfInterest(
            ReviewQueries reviews,
            ConflictPolicy conflicts,
            BallotMembership membership,
            Caller caller,
            AuditTrail audit,
            Clock clock) {
        this.reviews = reviews;
        this.conflicts = conflicts;
        this.membership = membership;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A member declares their own conflict on a case assigned to them, or the secretary records one for any member.
     * The member is unassigned and a score sheet of theirs is dropped (logged), since a conflicted score must not count.
     * While the case's ballot is open its count follows at once, as if the conflict had been declared before it
     * opened; a member whose paper is already in is refused (409 already-voted).
     */
    @Transactional
    public ReviewCase declare(UUID caseId, DeclareConflict command) {
        ReviewCase reviewCase = reviews.get(caseId);
        reviewCase.requireOpen();
        boolean secretary = caller.has(Roles.COUNCIL_SECRETARY) || caller.has(Roles.ADMIN);
        String member = command.memberId() == null ? caller.seat() : command.memberId();
        if (member == null) {
            throw ProblemException.forbidden(
                    "the token names no council seat (claim 'seat')",
                    "Tài khoản đăng nhập chưa được gắn với thành viên hội đồng nào (claim 'seat').");
        }
        if (!secretary && !member.equals(caller.seat())) {
            throw ProblemException.forbidden(
                    "a member declares only their own conflicts of interest",
                    "Thành viên hội đồng chỉ kê khai xung đột lợi ích của chính mình.");
        }
        Ballot openBallot = membership.lockOpenBallot(reviewCase, member);
        String reason = command.reason().strip();
        CaseMemberKey key = new CaseMemberKey(caseId, member);
        if (ConflictDeclaration.findById(key) == null) {
            ConflictDeclaration declaration = new ConflictDeclaration();
            declaration.key = key;
            declaration.reason = reason;
            declaration.declaredBy = caller.label();
            declaration.declaredAt = Instant.now(clock);
            declaration.persist();
        }
        ConflictOverride.deleteById(key);
        Assignment.deleteById(new Assignment.Key(caseId, member));
        ScoreSheet sheet = ScoreSheet.findById(key);
        String dropped = "";
        if (sheet != null) {
            dropped = sheet.submitted() ? "; submitted score sheet dropped" : "; draft score sheet dropped";
            sheet.delete();
            ScoreSheet.getEntityManager().flush();
            CaseScoring.recomputeTotal(reviewCase);
        }
        membership.recount(openBallot, reviewCase);
        audit.record("review.conflict.declare", "review-case", caseId, member + ": " + reason + dropped);
        return reviewCase;
    }

    /** Only the chair of the case's council lifts a conflict, with a reason; the override is kept and logged. */
    @Transactional
    public ReviewCase override(UUID caseId, OverrideConflict command) {
        String memberId = command.memberId();
        // not through the caller's visibility: the chair need not review the case to rule on its conflicts
        ReviewCase reviewCase = ReviewCase.<ReviewCase>findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("review case", "hồ sơ xét", caseId));
        reviewCase.requireOpen();
        boolean chair = reviewCase.councilId != null
                && CouncilMember.of(reviewCase.councilId, caller.seat())
                        .map(m -> m.position == CouncilPosition.CHAIR)
                        .orElse(false);
        if (!chair) {
            throw ProblemException.forbidden(
                    "only the chair of the case's council may override a conflict of" + " interest",
                    "Chỉ Chủ tịch Hội đồng xét hồ sơ này mới được cho phép bỏ qua xung đột lợi ích.");
        }
        if (conflicts.conflictOf(reviewCase, memberId).isEmpty()) {
            throw ProblemException.conflict(
                    "no-conflict",
                    memberId + " has no conflict of interest on case " + caseId,
                    "Thành viên " + memberId + " không có xung đột lợi ích với hồ sơ xét " + caseId + ".");
        }
        // the member may vote again: an open ballot counts them back in
        Ballot openBallot = membership.lockOpenBallot(reviewCase, null);
        ConflictOverride override = new ConflictOverride();
        override.key = new CaseMemberKey(caseId, memberId);
        override.reason = command.reason().strip();
        override.overriddenBy = caller.label();
        override.overriddenAt = Instant.now(clock);
        override.persist();
        membership.recount(openBallot, reviewCase);
        audit.record("review.conflict.override", "review-case", caseId, memberId + ": " + override.reason);
        return reviewCase;
    }
}
