package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.SpecialRewardSchedule;
import vn.vinhdanh.award.domain.SpecialRewardTier;
import vn.vinhdanh.events.VietnameseNames;
import vn.vinhdanh.problem.ProblemException;

/**
 * An officer completes a provincial special reward schedule with the tiers its resolution sets, kept as data.
 * Nothing pays more than {@link SpecialRewardSchedule#CAP_VND}.
 */
@ApplicationScoped
public class SpecialRewardSchedules {

    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public SpecialRewardSchedules(Caller caller, AuditTrail audit, Clock clock) {
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SpecialRewardTier addTier(String scheduleCode, AddSpecialRewardTier command) {
        String tier = command.tier();
        long amountVnd = command.amountVnd();
        SpecialRewardSchedule schedule = SpecialRewardSchedule.<SpecialRewardSchedule>findByIdOptional(
                        scheduleCode, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(
                        "special reward schedule", "biểu mức thưởng theo nghị quyết đặc thù của tỉnh", scheduleCode));
        capped(
                amountVnd,
                "the tier " + tier + " of " + schedule.code,
                "Mức " + tier + " của biểu mức " + schedule.code);
        if (SpecialRewardTier.count(
                        "scheduleCode = ?1 and field = ?2 and tier = ?3", schedule.code, command.field(), tier)
                > 0) {
            throw ProblemException.conflict(
                    "tier-exists",
                    schedule.code + " already has the tier " + tier + " for " + command.field(),
                    "Biểu mức " + schedule.code + " đã có mức " + tier + " cho lĩnh vực "
                            + VietnameseNames.of(command.field()) + ".");
        }
        SpecialRewardTier row = new SpecialRewardTier();
        row.id = UUID.randomUUID();
        row.scheduleCode = schedule.code;
        row.field = command.field();
        row.tier = tier;
        row.descriptionVi = command.descriptionVi().strip();
        row.amountVnd = amountVnd;
        row.verified = command.verified();
        row.createdAt = Instant.now(clock);
        row.createdBy = caller.label();
        row.persist();
        audit.record(
                "special-reward-tier.add",
                "special-reward-schedule",
                schedule.code,
                command.field() + "/" + tier + ": " + amountVnd + " VND" + (command.verified() ? "" : " (unverified)"));
        return row;
    }

    /**
     * Refuses (422 special-reward-cap-exceeded) an amount beyond the cap of one special reward; {@code what} names the
     * amount in English, {@code whatVi} in Vietnamese, capitalised ("Mức … của biểu mức …").
     */
    static void capped(long amountVnd, String what, String whatVi) {
        if (amountVnd > SpecialRewardSchedule.CAP_VND) {
            throw ProblemException.unprocessable(
                    "special-reward-cap-exceeded",
                    what + " comes to " + amountVnd + " VND, beyond the cap of " + SpecialRewardSchedule.CAP_VND
                            + " VND for one special reward",
                    whatVi + " là " + amountVnd + " đồng, vượt mức tối đa " + SpecialRewardSchedule.CAP_VND
                            + " đồng cho một khoản thưởng theo nghị quyết đặc thù của tỉnh.");
        }
    }
}
