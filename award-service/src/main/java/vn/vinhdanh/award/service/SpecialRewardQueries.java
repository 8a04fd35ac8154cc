package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.award.domain.SpecialReward;
import vn.vinhdanh.award.domain.SpecialRewardSchedule;
import vn.vinhdanh.award.domain.SpecialRewardTier;
import vn.vinhdanh.problem.ProblemException;

/** Reads of the special reward schedules, with their tiers, and of the rewards paid. */
@ApplicationScoped
public class SpecialRewardQueries {

    public record ScheduleWithTiers(SpecialRewardSchedule schedule, List<SpecialRewardTier> tiers) {}

    /** Every schedule with its tiers, in two queries. */
    public List<ScheduleWithTiers> schedules() {
        Map<String, List<SpecialRewardTier>> tiers =
                SpecialRewardTier.<SpecialRewardTier>list("order by scheduleCode, field, amountVnd desc, tier").stream()
                        .collect(Collectors.groupingBy(t -> t.scheduleCode));
        return SpecialRewardSchedule.<SpecialRewardSchedule>list("order by code").stream()
                .map(s -> new ScheduleWithTiers(s, tiers.getOrDefault(s.code, List.of())))
                .toList();
    }

    public ScheduleWithTiers schedule(String code) {
        SpecialRewardSchedule schedule = SpecialRewardSchedule.<SpecialRewardSchedule>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound(
                        "special reward schedule", "biểu mức thưởng theo nghị quyết đặc thù của tỉnh", code));
        return new ScheduleWithTiers(
                schedule, SpecialRewardTier.list("scheduleCode = ?1 order by field, amountVnd desc, tier", code));
    }

    public SpecialReward get(UUID id) {
        return SpecialReward.<SpecialReward>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(
                        "special reward", "khoản thưởng theo nghị quyết đặc thù của tỉnh", id));
    }

    /** Newest award date first, optionally of one schedule. */
    public List<SpecialReward> list(String scheduleCode, int page, int size) {
        if (scheduleCode != null) {
            return SpecialReward.<SpecialReward>find(
                            "scheduleCode = ?1 order by awardDate desc, createdAt desc, id", scheduleCode)
                    .page(page, size)
                    .list();
        }
        return SpecialReward.<SpecialReward>find("order by awardDate desc, createdAt desc, id")
                .page(page, size)
                .list();
    }
}
