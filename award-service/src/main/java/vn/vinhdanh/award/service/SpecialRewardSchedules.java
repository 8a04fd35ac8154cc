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
 * No tier pays more than the schedule's cap, when it sets one.
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
        String sourceDocument = command.sourceDocument() == null
                ? null
                : SpecialRewardChecks.document("sourceDocument", command.sourceDocument());
        SpecialRewardSchedule schedule = SpecialRewardSchedule.<SpecialRewardSchedule>findByIdOptional(
                        scheduleCode, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(
                        "special reward schedule", "biểu mức thưởng theo nghị quyết đặc thù của tỉnh", scheduleCode));
        SpecialRewardChecks.capped(
                schedule,
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
        row.sourceDocument = sourceDocument;
        row.revision = 1;
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
}
