package vn.vinhdanh.award.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
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

    /** One page of the issuers, by code, each with what its authority may grant (two queries), and how many. */
    public Found<IssuerWithGrants> list(int page, int size) {
        PanacheQuery<DecisionIssuer> found = DecisionIssuer.find("order by code");
        List<DecisionIssuer> issuers = found.page(Page.of(page, size)).list();
        if (issuers.isEmpty()) {
            return new Found<>(List.of(), found.count());
        }
        Map<Authority, List<AwardAuthority>> grants = AwardAuthority.<AwardAuthority>list(
                        "key.authority in ?1 order by key.authority, key.awardCode, key.validFrom",
                        issuers.stream().map(i -> i.authority).distinct().toList())
                .stream()
                .collect(Collectors.groupingBy(a -> a.key.authority()));
        return new Found<>(
                issuers.stream()
                        .map(i -> new IssuerWithGrants(i, grants.getOrDefault(i.authority, List.of())))
                        .toList(),
                found.count());
    }

    public IssuerWithGrants get(String code) {
        DecisionIssuer issuer = DecisionIssuer.<DecisionIssuer>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("issuer", "người có thẩm quyền ký", code));
        return new IssuerWithGrants(
                issuer,
                AwardAuthority.list("key.authority = ?1 order by key.awardCode, key.validFrom", issuer.authority));
    }
}
