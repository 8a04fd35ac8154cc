package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vinhdanh.award.domain.Authority;
import vn.vinhdanh.award.domain.AwardAuthority;
import vn.vinhdanh.award.domain.DecisionIssuer;
import vn.vinhdanh.problem.ProblemException;

/** Reads of the issuers, each with what its authority may grant. */
@ApplicationScoped
public class IssuerQueries {

    public record IssuerWithGrants(DecisionIssuer issuer, List<AwardAuthority> mayGrant) {}

    /** Every issuer with what its authority may grant, in two queries. */
    public List<IssuerWithGrants> list() {
        Map<Authority, List<AwardAuthority>> grants =
                AwardAuthority.<AwardAuthority>list("order by key.authority, key.awardCode, key.validFrom").stream()
                        .collect(Collectors.groupingBy(a -> a.key.authority()));
        return DecisionIssuer.<DecisionIssuer>list("order by code").stream()
                .map(i -> new IssuerWithGrants(i, grants.getOrDefault(i.authority, List.of())))
                .toList();
    }

    public IssuerWithGrants get(String code) {
        DecisionIssuer issuer = DecisionIssuer.<DecisionIssuer>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("issuer", "người có thẩm quyền ký", code));
        return new IssuerWithGrants(
                issuer,
                AwardAuthority.list("key.authority = ?1 order by key.awardCode, key.validFrom", issuer.authority));
    }
}
