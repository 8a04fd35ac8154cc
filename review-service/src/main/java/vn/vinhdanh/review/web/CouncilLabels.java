package vn.vinhdanh.review.web;

import io.quarkus.qute.TemplateExtension;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.CouncilPosition;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.domain.VoteChoice;
import vn.vinhdanh.review.domain.VoteRule;

/** The council's kinds as its pages name them. */
@TemplateExtension
final class CouncilLabels {

    private CouncilLabels() {}

    static String vi(CaseStatus status) {
        return switch (status) {
            case OPEN -> "Đang xét";
            case DECIDED -> "Đã quyết định";
            case WITHDRAWN -> "Đơn vị đã rút";
        };
    }

    static String vi(ReviewOutcome outcome) {
        return switch (outcome) {
            case APPROVED -> "Thông qua";
            case REJECTED -> "Không thông qua";
            case RETURNED -> "Trả lại để bổ sung";
        };
    }

    static String vi(CouncilPosition position) {
        return switch (position) {
            case CHAIR -> "Chủ tịch Hội đồng";
            case VICE_CHAIR -> "Phó Chủ tịch Hội đồng";
            case STANDING_MEMBER -> "Ủy viên thường trực";
            case MEMBER -> "Ủy viên";
            case SECRETARY -> "Thư ký";
        };
    }

    static String vi(VoteChoice choice) {
        return switch (choice) {
            case APPROVE -> "Đồng ý";
            case REJECT -> "Không đồng ý";
            case ABSTAIN -> "Không biểu quyết";
        };
    }

    static String vi(Ballot.Status status) {
        return switch (status) {
            case OPEN -> "Đang bỏ phiếu";
            case CLOSED -> "Đã kết thúc";
            case CANCELLED -> "Đã hủy (đơn vị rút đề nghị)";
        };
    }

    static String vi(Meeting.Status status) {
        return switch (status) {
            case VOTING -> "Đang bỏ phiếu";
            case CLOSED -> "Đã kết thúc bỏ phiếu";
        };
    }

    /** The council's voting seats with a conflict of interest on the ballot's case. */
    static int recused(Ballot ballot) {
        return ballot.members - ballot.eligible;
    }

    /** What the ballot's threshold is counted against, in the words of the rule. */
    static String baseVi(Ballot ballot) {
        if (ballot.approvalBase == VoteRule.Base.VOTES_CAST) {
            return "số phiếu bầu";
        }
        return ballot.memberBase == VoteRule.MemberBase.FULL_MEMBERSHIP
                ? "tổng số thành viên Hội đồng (thành viên có xung đột lợi ích tính là không đồng ý)"
                : "tổng số thành viên có quyền biểu quyết";
    }

    /**
     * The tally's arithmetic in words, from the counts the ballot fixed at closing: who took part against the quorum,
     * the approvals against the rule's base.
     */
    static String tallyVi(Ballot ballot) {
        return ballot.result().explanationVi();
    }
}
