package vn.vinhdanh.award.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.SpecialReward;
import vn.vinhdanh.award.domain.SpecialRewardSchedule;
import vn.vinhdanh.award.domain.SpecialRewardTier;
import vn.vinhdanh.events.VietnameseNames;
import vn.vinhdanh.problem.ProblemException;

/**
 * An officer pays a provincial special reward by a schedule's tier; the tier's figures are copied, so the reward
 * stays explainable when the schedule later changes. Only within the schedule's validity and cap, and an amount no
 * source confirmed only with the document the officer read it in. Not charged to a fund's budget, and no event is
 * sent.
 */
@ApplicationScoped
public class SpecialRewardPayment {

    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public SpecialRewardPayment(Caller caller, AuditTrail audit, Clock clock) {
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Pays a special reward: the tier's amount times the number of achievements. Refused: a date outside the
     * schedule's validity, an unverified tier without its source document, an amount beyond the schedule's cap.
     */
    @Transactional
    public SpecialReward grant(GrantSpecialReward command) {
        String scheduleCode = command.scheduleCode().strip();
        String tierName = command.tier().strip();
        int achievements = command.achievements() == null ? 1 : command.achievements();
        SpecialRewardSchedule schedule = SpecialRewardSchedule.<SpecialRewardSchedule>findByIdOptional(
                        // shared: a correction of the schedule or its tiers waits until this reward is written
                        scheduleCode, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "unknown-tier",
                        "there is no special reward schedule " + scheduleCode,
                        "Không có biểu mức thưởng theo nghị quyết đặc thù của tỉnh mang mã " + scheduleCode + "."));
        SpecialRewardTier tier = SpecialRewardTier.<SpecialRewardTier>find(
                        "scheduleCode = :s and field = :f and tier = :t",
                        Parameters.with("s", schedule.code)
                                .and("f", command.field())
                                .and("t", tierName))
                .firstResult();
        if (tier == null) {
            throw ProblemException.unprocessable(
                    "unknown-tier",
                    schedule.code + " has no tier " + tierName + " for " + command.field()
                            + "; see GET /api/v1/special-reward-schedules/" + schedule.code,
                    "Biểu mức " + schedule.code + " không có mức " + tierName + " cho lĩnh vực "
                            + (command.field() == null ? "(chưa chọn)" : VietnameseNames.of(command.field()))
                            + "; đề nghị xem lại các mức của biểu mức này.");
        }
        SpecialRewardChecks.inForce(schedule, command.awardDate());
        String sourceDocument = SpecialRewardChecks.confirmed(schedule, tier, command.sourceDocument());
        long amount = Math.multiplyExact(tier.amountVnd, (long) achievements);
        SpecialRewardChecks.capped(
                schedule,
                amount,
                achievements + " × " + tier.amountVnd + " VND (" + schedule.code + " " + tier.field + "/" + tier.tier
                        + ")",
                achievements + " × " + tier.amountVnd + " đồng (biểu mức " + schedule.code + ", lĩnh vực "
                        + VietnameseNames.of(tier.field) + ", mức " + tier.tier + ")");
        SpecialReward reward = new SpecialReward();
        reward.id = UUID.randomUUID();
        reward.tierId = tier.id;
        reward.scheduleCode = schedule.code;
        reward.legalBasis = schedule.legalBasis;
        reward.field = tier.field;
        reward.tier = tier.tier;
        reward.tierVerified = tier.verified;
        reward.recipientKind = command.recipientKind();
        reward.recipientName = command.recipientName().strip();
        reward.achievement = command.achievement().strip();
        reward.awardDate = command.awardDate();
        reward.achievements = achievements;
        reward.unitAmountVnd = tier.amountVnd;
        reward.amountVnd = amount;
        reward.sourceDocument = sourceDocument;
        reward.createdAt = Instant.now(clock);
        reward.createdBy = caller.label();
        reward.persist();
        audit.record(
                "special-reward.grant",
                "special-reward",
                reward.id,
                reward.recipientName + ": " + amount
                        + " VND under " + schedule.code + " " + tier.field + "/" + tier.tier
                        + (tier.verified ? "" : " (unverified amount, confirmed by " + sourceDocument + ")")
                        + (tier.verified && sourceDocument != null ? " (source: " + sourceDocument + ")" : ""));
        return reward;
    }
}
