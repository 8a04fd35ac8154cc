package vn.vinhdanh.award.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.SpecialReward;
import vn.vinhdanh.award.domain.SpecialRewardSchedule;
import vn.vinhdanh.award.domain.SpecialRewardTier;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;

/**
 * Provincial special rewards: schedules of amounts by field and achievement tier, kept as data, and the rewards paid
 * by them. Nothing pays more than {@link SpecialRewardSchedule#CAP_VND}.
 */
@ApplicationScoped
public class SpecialRewards {

    public record ScheduleWithTiers(SpecialRewardSchedule schedule, List<SpecialRewardTier> tiers) {
    }

    public record Grant(String scheduleCode, Sector field, String tier, NomineeKind recipientKind,
            String recipientName, String achievement, LocalDate awardDate, int achievements) {
    }

    private final Caller caller;
    private final AuditTrail audit;

    public SpecialRewards(Caller caller, AuditTrail audit) {
        this.caller = caller;
        this.audit = audit;
    }

    /** Every schedule with its tiers, in two queries. */
    public List<ScheduleWithTiers> schedules() {
        Map<String, List<SpecialRewardTier>> tiers = SpecialRewardTier.<SpecialRewardTier>list(
                "order by scheduleCode, field, amountVnd desc, tier").stream()
                .collect(Collectors.groupingBy(t -> t.scheduleCode));
        return SpecialRewardSchedule.<SpecialRewardSchedule>list("order by code").stream()
                .map(s -> new ScheduleWithTiers(s, tiers.getOrDefault(s.code, List.of()))).toList();
    }

    public ScheduleWithTiers schedule(String code) {
        SpecialRewardSchedule schedule = SpecialRewardSchedule.<SpecialRewardSchedule>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("special reward schedule", code));
        return new ScheduleWithTiers(schedule, SpecialRewardTier.list(
                "scheduleCode = ?1 order by field, amountVnd desc, tier", code));
    }

    @Transactional
    public SpecialRewardTier addTier(String scheduleCode, Sector field, String tier, String descriptionVi,
            long amountVnd, boolean verified) {
        SpecialRewardSchedule schedule = SpecialRewardSchedule.<SpecialRewardSchedule>findByIdOptional(scheduleCode,
                LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("special reward schedule", scheduleCode));
        capped(amountVnd, "the tier " + tier + " of " + schedule.code);
        if (SpecialRewardTier.count("scheduleCode = ?1 and field = ?2 and tier = ?3", schedule.code, field, tier) > 0) {
            throw ProblemException.conflict("tier-exists", schedule.code + " already has the tier " + tier
                    + " for " + field);
        }
        SpecialRewardTier row = new SpecialRewardTier();
        row.id = UUID.randomUUID();
        row.scheduleCode = schedule.code;
        row.field = field;
        row.tier = tier;
        row.descriptionVi = descriptionVi;
        row.amountVnd = amountVnd;
        row.verified = verified;
        row.createdAt = Instant.now();
        row.createdBy = caller.label();
        row.persist();
        audit.record("special-reward-tier.add", "special-reward-schedule", schedule.code, field + "/" + tier + ": "
                + amountVnd + " VND" + (verified ? "" : " (unverified)"));
        return row;
    }

    /** Pays a special reward: the tier's amount times the number of achievements, never beyond the cap. */
    @Transactional
    public SpecialReward grant(Grant grant) {
        SpecialRewardSchedule schedule = SpecialRewardSchedule.<SpecialRewardSchedule>findByIdOptional(
                grant.scheduleCode()).orElseThrow(() -> ProblemException.unprocessable("unknown-tier",
                        "there is no special reward schedule " + grant.scheduleCode()));
        SpecialRewardTier tier = SpecialRewardTier.<SpecialRewardTier>find(
                "scheduleCode = :s and field = :f and tier = :t", Parameters.with("s", schedule.code)
                        .and("f", grant.field()).and("t", grant.tier())).firstResult();
        if (tier == null) {
            throw ProblemException.unprocessable("unknown-tier", schedule.code + " has no tier " + grant.tier()
                    + " for " + grant.field() + "; see GET /api/v1/special-reward-schedules/" + schedule.code);
        }
        long amount = Math.multiplyExact(tier.amountVnd, (long) grant.achievements());
        capped(amount, grant.achievements() + " × " + tier.amountVnd + " VND (" + schedule.code + " " + tier.field
                + "/" + tier.tier + ")");
        SpecialReward reward = new SpecialReward();
        reward.id = UUID.randomUUID();
        reward.tierId = tier.id;
        reward.scheduleCode = schedule.code;
        reward.legalBasis = schedule.legalBasis;
        reward.field = tier.field;
        reward.tier = tier.tier;
        reward.tierVerified = tier.verified;
        reward.recipientKind = grant.recipientKind();
        reward.recipientName = grant.recipientName();
        reward.achievement = grant.achievement();
        reward.awardDate = grant.awardDate();
        reward.achievements = grant.achievements();
        reward.unitAmountVnd = tier.amountVnd;
        reward.amountVnd = amount;
        reward.createdAt = Instant.now();
        reward.createdBy = caller.label();
        reward.persist();
        audit.record("special-reward.grant", "special-reward", reward.id, reward.recipientName + ": " + amount
                + " VND under " + schedule.code + " " + tier.field + "/" + tier.tier
                + (tier.verified ? "" : " (unverified amount)"));
        return reward;
    }

    public SpecialReward get(UUID id) {
        return SpecialReward.<SpecialReward>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("special reward", id));
    }

    public List<SpecialReward> list(String scheduleCode, int page, int size) {
        if (scheduleCode != null) {
            return SpecialReward.<SpecialReward>find("scheduleCode = ?1 order by awardDate desc, createdAt desc, id",
                    scheduleCode).page(page, size).list();
        }
        return SpecialReward.<SpecialReward>find("order by awardDate desc, createdAt desc, id").page(page, size)
                .list();
    }

    private static void capped(long amountVnd, String what) {
        if (amountVnd > SpecialRewardSchedule.CAP_VND) {
            throw ProblemException.unprocessable("special-reward-cap-exceeded", what + " comes to " + amountVnd
                    + " VND, beyond the cap of " + SpecialRewardSchedule.CAP_VND + " VND for one special reward");
        }
    }
}
