package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.VoteRule;

/**
 * The secretary posts a case for public comment (công khai lấy ý kiến), as state honours require before the council
 * votes and decides; the rule of the title says for how many working days.
 */
@ApplicationScoped
public class PublicComment {

    private final ReviewQueries reviews;
    private final CouncilCalendar calendar;
    private final AuditTrail audit;

    public PublicComment(ReviewQueries reviews, CouncilCalendar calendar, AuditTrail audit) {
        this.reviews = reviews;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** Starts the public comment period; its end is counted in working days from its first day. */
    @Transactional
    public ReviewCase open(UUID caseId, OpenPublicComment command) {
        ReviewCase reviewCase = reviews.get(caseId);
        reviewCase.requireOpen();
        // the period starts on its first day: the rule in force then says how long it lasts
        VoteRule rule = VoteRule.applicable(reviewCase.proposedAward, reviewCase.level, command.from());
        int days = command.workingDays() == null ? rule.publicCommentDays : command.workingDays();
        if (days < 1) {
            throw ProblemException.invalidField(
                    "workingDays",
                    reviewCase.proposedAward
                            + " needs no public comment period; give the number of working days to hold one anyway",
                    "Hình thức khen thưởng " + reviewCase.proposedAward
                            + " không bắt buộc công khai lấy ý kiến; nếu vẫn công khai, nhập số ngày làm việc");
        }
        if (days < rule.publicCommentDays) {
            throw ProblemException.invalidField(
                    "workingDays",
                    "at least " + rule.publicCommentDays + " working days for " + reviewCase.proposedAward + " ("
                            + rule.legalBasis + ")",
                    "Ít nhất " + rule.publicCommentDays + " ngày làm việc đối với hình thức khen thưởng "
                            + reviewCase.proposedAward + " (" + rule.legalBasis + ")");
        }
        if (Ballot.findById(caseId) != null) {
            throw ProblemException.conflict(
                    "case-in-progress",
                    "the council has already opened a ballot on case " + caseId,
                    "Hội đồng đã mở bỏ phiếu kín về hồ sơ xét " + caseId + ".");
        }
        reviewCase.publicCommentFrom = command.from();
        reviewCase.publicCommentUntil = calendar.workingDays().lastOf(command.from(), days);
        audit.record(
                "review.public-comment",
                "review-case",
                caseId,
                command.from() + " – " + reviewCase.publicCommentUntil + " (" + days + " working days)");
        return reviewCase;
    }
}
