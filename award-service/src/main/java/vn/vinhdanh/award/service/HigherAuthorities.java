package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import vn.vinhdanh.award.domain.Authority;
import vn.vinhdanh.award.domain.AwardAuthority;
import vn.vinhdanh.award.domain.UpwardProposal;
import vn.vinhdanh.award.domain.UpwardProposalStatus;
import vn.vinhdanh.problem.ProblemException;

/**
 * The higher level that answers an upward proposal, as its papers name it ("Chủ tịch nước", "Thủ tướng Chính phủ"),
 * and the checks every answer shares: the proposal was submitted and not answered yet, and the answer is dated
 * neither before the submission nor in the future.
 */
@ApplicationScoped
public class HigherAuthorities {

    private static final Authority[] ABOVE_THE_PROVINCE = {Authority.PRESIDENT, Authority.PRIME_MINISTER};

    /** The authority an issuer's name stands for; 400 on {@code issuer} for any other name. */
    Authority named(String issuer) {
        String name = Normalizer.normalize(issuer.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Arrays.stream(ABOVE_THE_PROVINCE)
                .filter(a -> a.nameVi().toLowerCase(Locale.ROOT).equals(name))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidField(
                        "issuer",
                        "the higher level is \"Chủ tịch nước\" (the President) or \"Thủ tướng Chính phủ\" (the Prime"
                                + " Minister)",
                        "Cấp quyết định là \"Chủ tịch nước\" hoặc \"Thủ tướng Chính phủ\"."));
    }

    /** 409 unless submitted and not answered; 400 on {@code field} for a date before the submission or ahead. */
    void checkAnswerable(UpwardProposal proposal, LocalDate answeredOn, String field, LocalDate today) {
        if (proposal.status.answered()) {
            throw ProblemException.conflict(
                    "upward-proposal-answered",
                    "the proposal of nomination " + proposal.nominationId + " is already " + proposal.status + " by "
                            + proposal.issuer + " (" + proposal.answeredOn + ")",
                    "Đề nghị khen thưởng của hồ sơ " + proposal.nominationId + " đã có ý kiến của cấp trên ("
                            + proposal.issuer + ", ngày " + proposal.answeredOn + ").");
        }
        if (proposal.status == UpwardProposalStatus.AWAITING_SUBMISSION) {
            throw ProblemException.conflict(
                    "not-submitted",
                    "the proposal of nomination " + proposal.nominationId
                            + " was not submitted yet; record its submission (N/TTr-UBND) first",
                    "Đề nghị khen thưởng của hồ sơ " + proposal.nominationId
                            + " chưa được trình; đề nghị ghi nhận Tờ trình (số …/TTr-UBND) trước.");
        }
        if (answeredOn.isAfter(today)) {
            throw ProblemException.invalidField(
                    field, answeredOn + " is in the future", "Ngày " + answeredOn + " là ngày trong tương lai.");
        }
        if (answeredOn.isBefore(proposal.submittedOn)) {
            throw ProblemException.invalidField(
                    field,
                    answeredOn + " is before the submission " + proposal.submissionNumber + " of "
                            + proposal.submittedOn,
                    "Ngày " + answeredOn + " trước ngày trình (Tờ trình số " + proposal.submissionNumber + " ngày "
                            + proposal.submittedOn + ").");
        }
    }

    /** 422 issuer-not-authorised unless the authority may grant the proposal's form on the date. */
    void checkMayGrant(Authority authority, UpwardProposal proposal, LocalDate on) {
        boolean may = AwardAuthority.<AwardAuthority>list(
                        "key.authority = ?1 and key.awardCode = ?2", authority, proposal.awardCode)
                .stream()
                .anyMatch(g -> g.appliesOn(on));
        if (!may) {
            throw ProblemException.unprocessable(
                    "issuer-not-authorised",
                    authority + " may not grant " + proposal.awardCode + " on " + on,
                    authority.nameVi() + " không có thẩm quyền quyết định " + proposal.awardCode + " vào ngày " + on
                            + ".");
        }
    }
}
