package vn.vinhdanh.award.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.BaseSalary;
import vn.vinhdanh.award.domain.RewardMultiplier;
import vn.vinhdanh.award.domain.RewardPrinciple;
import vn.vinhdanh.problem.ProblemException;

/** Reads of the catalogue and its law-versioned rules. */
@ApplicationScoped
public class RewardRuleQueries {

    public record AwardTypeWithRules(AwardType type, List<RewardMultiplier> multipliers) {}

    /**
     * One page of the catalogue by code, each type with its multipliers, oldest period first, in two queries; and how
     * many types there are.
     */
    public Found<AwardTypeWithRules> catalogue(int page, int size) {
        PanacheQuery<AwardType> found = AwardType.find("order by code");
        List<AwardType> types = found.page(Page.of(page, size)).list();
        if (types.isEmpty()) {
            return new Found<>(List.of(), found.count());
        }
        Map<String, List<RewardMultiplier>> multipliers = RewardMultiplier.<RewardMultiplier>list(
                        "awardCode in ?1 order by awardCode, validFrom",
                        types.stream().map(type -> type.code).toList())
                .stream()
                .collect(Collectors.groupingBy(m -> m.awardCode));
        return new Found<>(
                types.stream()
                        .map(type -> new AwardTypeWithRules(type, multipliers.getOrDefault(type.code, List.of())))
                        .toList(),
                found.count());
    }

    public AwardTypeWithRules awardType(String code) {
        AwardType type = AwardType.<AwardType>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("award type", "hình thức khen thưởng", code));
        return new AwardTypeWithRules(type, RewardMultiplier.list("awardCode = ?1 order by validFrom", code));
    }

    /** One page, oldest first (each is in force until the next one's date), and how many there are. */
    public Found<BaseSalary> baseSalaries(int page, int size) {
        PanacheQuery<BaseSalary> found = BaseSalary.find("order by effectiveFrom");
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }

    /** The principles of payment that are not a multiplier, by principle and period, oldest first: a short list. */
    public List<RewardPrinciple> principles() {
        return RewardPrinciple.list("order by key.code, key.validFrom");
    }
}
