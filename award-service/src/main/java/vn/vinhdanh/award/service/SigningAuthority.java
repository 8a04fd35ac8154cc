package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardAuthority;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.DecisionIssuer;
import vn.vinhdanh.problem.ProblemException;

/**
 * Who may sign what: each decision issuer acts for an authority, and {@code award_authority} says which award types
 * an authority may grant on a date (domain brief §3). A decision may only list awards its issuer may grant.
 */
@ApplicationScoped
public class SigningAuthority {

    /**
     * The registered issuer of a provincial decision; 422 unknown-issuer otherwise, and 422 issuer-above-province for
     * one acting for the President or the Prime Minister (QĐ-TTg, kept for the decisions signed under it before V20):
     * the province proposes their forms, it does not sign for them.
     */
    public DecisionIssuer require(String code) {
        DecisionIssuer issuer = DecisionIssuer.<DecisionIssuer>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "unknown-issuer",
                        "the issuer " + code
                                + " is not registered; register it with the authority it acts for (POST /api/v1/issuers)",
                        "Người có thẩm quyền ký " + code
                                + " chưa được đăng ký; đề nghị đăng ký kèm thẩm quyền khen thưởng tương ứng."));
        if (issuer.authority.isAboveTheProvince()) {
            throw ProblemException.unprocessable(
                    "issuer-above-province",
                    issuer.code + " acts for " + issuer.authority + ", who decides above the province: the province"
                            + " proposes those forms (upward proposals) and records the higher decision there"
                            + " (POST /api/v1/upward-proposals/{nominationId}/decision), it does not sign for them",
                    issuer.authority.nameVi() + " quyết định khen thưởng ở cấp trên: tỉnh chỉ trình đề nghị khen thưởng"
                            + " và ghi nhận quyết định của cấp trên, không ban hành quyết định " + issuer.code + ".");
        }
        return issuer;
    }

    /**
     * Refuses (422 decided-above-province) awards of a form decided above the province (drafted before V20 made them
     * upward proposals): no provincial decision grants them.
     */
    private static void checkDecidedHere(Collection<Award> awards) {
        List<String> codes = awards.stream().map(a -> a.awardCode).distinct().toList();
        List<AwardType> above = AwardType.<AwardType>list("code in ?1 and decidedAbove is not null", codes);
        if (above.isEmpty()) {
            return;
        }
        List<String> refused = awards.stream()
                .filter(a -> above.stream().anyMatch(t -> t.code.equals(a.awardCode)))
                .map(a -> a.id + " (" + a.awardCode + ")")
                .sorted()
                .toList();
        AwardType first = above.get(0);
        throw ProblemException.unprocessable(
                "decided-above-province",
                "decided by " + first.decidedAbove + ", not by the province: " + String.join(", ", refused)
                        + "; the province proposes these forms upward",
                first.nameVi + " do " + first.decidedAbove.nameVi() + " quyết định; tỉnh chỉ trình đề nghị khen"
                        + " thưởng, không ban hành quyết định khen thưởng hình thức này.");
    }

    /**
     * Refuses awards of a form decided above the province (422 decided-above-province), then (422
     * issuer-not-authorised) awards whose type the issuer may not grant on the decision's date.
     */
    public void checkMayGrant(String issuerCode, LocalDate decisionDate, Collection<Award> awards) {
        if (awards.isEmpty()) {
            return;
        }
        checkDecidedHere(awards);
        DecisionIssuer issuer = require(issuerCode);
        List<String> codes = awards.stream().map(a -> a.awardCode).distinct().toList();
        List<AwardAuthority> grants =
                AwardAuthority.list("key.authority = ?1 and key.awardCode in ?2", issuer.authority, codes);
        List<String> refused = awards.stream()
                .filter(a -> grants.stream()
                        .noneMatch(g -> g.key.awardCode().equals(a.awardCode) && g.appliesOn(decisionDate)))
                .map(a -> a.id + " (" + a.awardCode + ")")
                .sorted()
                .toList();
        if (!refused.isEmpty()) {
            throw ProblemException.unprocessable(
                    "issuer-not-authorised",
                    issuer.code + " acts for " + issuer.authority + ", which may not grant on " + decisionDate + ": "
                            + String.join(", ", refused),
                    issuer.nameVi + " không có thẩm quyền quyết định các hình thức khen thưởng này vào ngày "
                            + decisionDate + ".");
        }
    }
}
