package vn.vinhdanh.award.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.award.domain.SpecialReward;
import vn.vinhdanh.award.domain.SpecialRewardKind;
import vn.vinhdanh.award.domain.SpecialRewardSchedule;
import vn.vinhdanh.award.domain.SpecialRewardTier;
import vn.vinhdanh.award.domain.Territory;
import vn.vinhdanh.award.service.SpecialRewardQueries;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;

/** The JSON shapes of special reward schedules and rewards. */
public final class SpecialRewardViews {

    private SpecialRewardViews() {}

    public record TierView(
            UUID id,
            Sector field,
            String tier,
            String descriptionVi,
            long amountVnd,
            boolean verified,
            String sourceDocument,
            int revision) {
        static TierView of(SpecialRewardTier t) {
            return new TierView(
                    t.id, t.field, t.tier, t.descriptionVi, t.amountVnd, t.verified, t.sourceDocument, t.revision);
        }
    }

    public record ScheduleView(
            String code,
            String legalBasis,
            String nameVi,
            String nameEn,
            boolean verified,
            SpecialRewardKind kind,
            Territory territory,
            LocalDate validFrom,
            LocalDate validTo,
            Long capVnd,
            String note,
            int revision,
            List<TierView> tiers) {
        static ScheduleView of(SpecialRewardQueries.ScheduleWithTiers s) {
            SpecialRewardSchedule schedule = s.schedule();
            return new ScheduleView(
                    schedule.code,
                    schedule.legalBasis,
                    schedule.nameVi,
                    schedule.nameEn,
                    schedule.verified,
                    schedule.kind,
                    schedule.territory,
                    schedule.validFrom,
                    schedule.validTo,
                    schedule.capVnd,
                    schedule.note,
                    schedule.revision,
                    s.tiers().stream().map(TierView::of).toList());
        }
    }

    public record RewardView(
            UUID id,
            String scheduleCode,
            String legalBasis,
            Sector field,
            String tier,
            boolean tierVerified,
            NomineeKind recipientKind,
            String recipientName,
            String achievement,
            LocalDate awardDate,
            int achievements,
            long unitAmountVnd,
            long amountVnd,
            String sourceDocument,
            Instant createdAt,
            String createdBy) {
        static RewardView of(SpecialReward r) {
            return new RewardView(
                    r.id,
                    r.scheduleCode,
                    r.legalBasis,
                    r.field,
                    r.tier,
                    r.tierVerified,
                    r.recipientKind,
                    r.recipientName,
                    r.achievement,
                    r.awardDate,
                    r.achievements,
                    r.unitAmountVnd,
                    r.amountVnd,
                    r.sourceDocument,
                    r.createdAt,
                    r.createdBy);
        }
    }
}
