package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.BaseSalary;
import vn.vinhdanh.award.domain.RewardMultiplier;
import vn.vinhdanh.problem.ProblemException;

/** Reads of the catalogue and its law-versioned rules. */
@ApplicationScoped
public class RewardRuleQueries {

    public record AwardTypeWithRules(AwardType type, List<RewardMultiplier> multipliers) {}

    /** The whole catalogue with each type's multipliers, oldest period first, in two queries. */
    public List<AwardTypeWithRules> catalogue() {
        Map<String, List<RewardMultiplier>> multipliers =
                RewardMultiplier.<RewardMultiplier>list("order by awardCode, validFrom").stream()
                        .collect(Collectors.groupingBy(m -> m.awardCode));
        return AwardType.<AwardType>list("order by code").stream()
                .map(type -> new AwardTypeWithRules(type, multipliers.getOrDefault(type.code, List.of())))
                .toList();
    }

    public AwardTypeWithRules awardType(String code) {
        AwardType type = AwardType.<AwardType>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("award type", "hình thức khen thưởng", code));
        return new AwardTypeWithRules(type, RewardMultiplier.list("awardCode = ?1 order by validFrom", code));
    }

    /** Oldest first; each is in force until the next one's date. */
    public List<BaseSalary> baseSalaries() {
        return BaseSalary.list("order by effectiveFrom");
    }
}
