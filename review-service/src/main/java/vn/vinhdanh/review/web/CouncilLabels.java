package vn.vinhdanh.review.web;

import io.quarkus.qute.TemplateExtension;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.CouncilPosition;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.domain.Tally;
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

    static String vi(VoteRule.Base base) {
        return switch (base) {
            case ALL_MEMBERS -> "tổng số thành viên có quyền biểu quyết";
            case VOTES_CAST -> "số phiếu bầu";
        };
    }

    /**
     * The tally's arithmetic in words, from the counts the ballot fixed at closing: who took part against the quorum,
     * the approvals against the rule's base.
     */
    static String tallyVi(Ballot ballot) {
        Tally.Result result = ballot.result();
        boolean allMembers = ballot.approvalBase == VoteRule.Base.ALL_MEMBERS;
        int base = allMembers ? ballot.eligible : ballot.participants;
        long share = 100L * ballot.approvals;
        long needed = (long) ballot.approvalPercent * base;
        boolean approvalsMet = base > 0 && (ballot.approvalInclusive ? share >= needed : share > needed);
        return "%d/%d thành viên tham gia (cần %s %d %%: %s); %d phiếu đồng ý trên %d %s = %s (cần %s %d %%: %s)."
                .formatted(
                        ballot.participants,
                        ballot.eligible,
                        ballot.quorumInclusive ? "≥" : ">",
                        ballot.quorumPercent,
                        result.quorumMet() ? "đạt" : "không đạt",
                        ballot.approvals,
                        base,
                        allMembers ? "thành viên" : "phiếu bầu",
                        percent(ballot.approvals, base),
                        ballot.approvalInclusive ? "≥" : ">",
                        ballot.approvalPercent,
                        approvalsMet ? "đạt" : "không đạt");
    }

    private static String percent(int count, int of) {
        if (of == 0) {
            return "0 %";
        }
        return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f %%", 100.0 * count / of);
    }
}
