package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardAuthority;
import vn.vinhdanh.award.domain.DecisionIssuer;
import vn.vinhdanh.problem.ProblemException;

/**
 * Who may sign what: each decision issuer acts for an authority, and {@code award_authority} says which award types
 * an authority may grant on a date (domain brief §3). A decision may only list awards its issuer may grant.
 */
@ApplicationScoped
public class SigningAuthority {

    /** The registered issuer of a decision; 422 unknown-issuer otherwise. */
    public DecisionIssuer require(String code) {
        return DecisionIssuer.<DecisionIssuer>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "unknown-issuer",
                        "the issuer " + code
                                + " is not registered; register it with the authority it acts for (POST /api/v1/issuers)",
                        "Người có thẩm quyền ký " + code
                                + " chưa được đăng ký; đề nghị đăng ký kèm thẩm quyền khen thưởng tương ứng."));
    }

    /** Refuses (422 issuer-not-authorised) awards whose type the issuer may not grant on the decision's date. */
    public void checkMayGrant(String issuerCode, LocalDate decisionDate, Collection<Award> awards) {
        if (awards.isEmpty()) {
            return;
        }
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
