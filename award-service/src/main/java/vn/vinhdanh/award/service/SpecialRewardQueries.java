package vn.vinhdanh.award.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
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

    /** One page of the schedules by code, each with its tiers, in two queries; and how many there are. */
    public Found<ScheduleWithTiers> schedules(int page, int size) {
        PanacheQuery<SpecialRewardSchedule> found = SpecialRewardSchedule.find("order by code");
        List<SpecialRewardSchedule> schedules = found.page(Page.of(page, size)).list();
        if (schedules.isEmpty()) {
            return new Found<>(List.of(), found.count());
        }
        Map<String, List<SpecialRewardTier>> tiers = SpecialRewardTier.<SpecialRewardTier>list(
                        "scheduleCode in ?1 order by scheduleCode, field, amountVnd desc, tier",
                        schedules.stream().map(s -> s.code).toList())
                .stream()
                .collect(Collectors.groupingBy(t -> t.scheduleCode));
        return new Found<>(
                schedules.stream()
                        .map(s -> new ScheduleWithTiers(s, tiers.getOrDefault(s.code, List.of())))
                        .toList(),
                found.count());
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

    /** One page, newest award date first, optionally of one schedule, and how many match. */
    public Found<SpecialReward> list(String scheduleCode, int page, int size) {
        PanacheQuery<SpecialReward> found = scheduleCode != null
                ? SpecialReward.find("scheduleCode = ?1 order by awardDate desc, createdAt desc, id", scheduleCode)
                : SpecialReward.find("order by awardDate desc, createdAt desc, id");
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }
}
