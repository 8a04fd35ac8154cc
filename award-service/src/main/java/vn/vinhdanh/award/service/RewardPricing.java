package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vinhdanh.award.config.AwardConfig;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.BaseSalary;
import vn.vinhdanh.award.domain.RewardCalculator;
import vn.vinhdanh.award.domain.RewardMultiplier;
import vn.vinhdanh.award.domain.RewardQuote;
import vn.vinhdanh.award.domain.Rounding;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.problem.ProblemException;

/** Pricing by the rules in force on a date, rounded as configured: for a preview, a draft, or a signing. */
@ApplicationScoped
public class RewardPricing {

    private final AwardConfig config;

    public RewardPricing(AwardConfig config) {
        this.config = config;
    }

    /** The amount an award would pay for a recipient on a date, for the officer's preview. */
    public RewardQuote quote(String awardCode, NomineeKind recipientKind, LocalDate decisionDate) {
        AwardType type = AwardType.<AwardType>findByIdOptional(awardCode)
                .orElseThrow(() -> ProblemException.notFound("award type", "hình thức khen thưởng", awardCode));
        try {
            return calculator()
                    .quote(
                            type,
                            recipientKind,
                            decisionDate,
                            RewardMultiplier.list("awardCode", type.code),
                            BaseSalary.listAll());
        } catch (RewardCalculator.RewardRuleException e) {
            throw ProblemException.unprocessable("unpriceable", e.getMessage(), e.vietnameseMessage());
        }
    }

    /** Prices several awards at once: the rules of all their types are read in two queries. */
    public Pricing pricing(Collection<String> awardCodes) {
        Map<String, AwardType> types = AwardType.<AwardType>list("code in ?1", awardCodes).stream()
                .collect(Collectors.toMap(t -> t.code, t -> t));
        Map<String, List<RewardMultiplier>> multipliers =
                RewardMultiplier.<RewardMultiplier>list("awardCode in ?1", awardCodes).stream()
                        .collect(Collectors.groupingBy(m -> m.awardCode));
        List<BaseSalary> salaries = BaseSalary.listAll();
        return (awardCode, kind, date) -> {
            AwardType type = types.get(awardCode);
            if (type == null) {
                throw new RewardCalculator.RewardRuleException(
                        "award code " + awardCode + " is not in the catalogue",
                        "Hình thức khen thưởng " + awardCode + " không có trong danh mục hình thức khen thưởng.");
            }
            return calculator().quote(type, kind, date, multipliers.getOrDefault(awardCode, List.of()), salaries);
        };
    }

    @FunctionalInterface
    public interface Pricing {
        /** @throws RewardCalculator.RewardRuleException when the rules cannot price it */
        RewardQuote quote(String awardCode, NomineeKind kind, LocalDate date);
    }

    private RewardCalculator calculator() {
        return new RewardCalculator(
                new Rounding(config.rounding().mode(), config.rounding().unitVnd()));
    }
}
