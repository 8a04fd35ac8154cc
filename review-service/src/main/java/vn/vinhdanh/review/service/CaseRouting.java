package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.events.VietnameseNames;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Assignment;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.Council;
import vn.vinhdanh.review.domain.ReviewCase;

/**
 * The secretary routes a case: to another council of its level while nobody has started on it, and by when it is
 * due (the reminders follow the due date).
 */
@ApplicationScoped
public class CaseRouting {

    private final ReviewQueries reviews;
    private final AuditTrail audit;

    public CaseRouting(ReviewQueries reviews, AuditTrail audit) {
        this.reviews = reviews;
        this.audit = audit;
    }

    @Transactional
    public ReviewCase moveToCouncil(UUID caseId, MoveToCouncil command) {
        UUID councilId = command.councilId();
        ReviewCase reviewCase = reviews.get(caseId);
        reviewCase.requireOpen();
        if (councilId.equals(reviewCase.councilId)) {
            return reviewCase;
        }
        Council council = Council.<Council>findByIdOptional(councilId)
                .orElseThrow(() -> ProblemException.invalidField(
                        "councilId", "no council with id " + councilId, "Không tìm thấy hội đồng có mã " + councilId));
        if (council.level != reviewCase.level) {
            throw ProblemException.invalidField(
                    "councilId",
                    "council " + councilId + " judges level " + council.level + ", the case is " + reviewCase.level,
                    "Hội đồng " + councilId + " xét hồ sơ " + VietnameseNames.of(council.level) + ", hồ sơ này thuộc "
                            + VietnameseNames.of(reviewCase.level));
        }
        if (Assignment.count("key.caseId", caseId) > 0 || Ballot.findById(caseId) != null) {
            throw ProblemException.conflict(
                    "case-in-progress",
                    "review case " + caseId + " has reviewers or a ballot in council " + reviewCase.councilId,
                    "Hồ sơ xét " + caseId + " đã có thành viên thẩm định hoặc đã bỏ phiếu tại hội đồng "
                            + reviewCase.councilId + "; không chuyển được sang hội đồng khác.");
        }
        reviewCase.councilId = councilId;
        audit.record("review.council", "review-case", caseId, council.name);
        return reviewCase;
    }

    @Transactional
    public ReviewCase setDueDate(UUID caseId, SetDueDate command) {
        ReviewCase reviewCase = reviews.get(caseId);
        reviewCase.requireOpen();
        reviewCase.dueOn(command.dueOn());
        audit.record("review.due", "review-case", caseId, command.dueOn().toString());
        return reviewCase;
    }
}
