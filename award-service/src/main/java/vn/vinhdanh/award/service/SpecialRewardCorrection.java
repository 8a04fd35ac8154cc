package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.award.domain.SpecialRewardSchedule;
import vn.vinhdanh.award.domain.SpecialRewardTier;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;

/**
 * Corrects a provincial schedule (its legal basis, kind, territory, validity, cap, note) or one of its tiers once the
 * official text is read, with a reason. Each correction counts one more revision on the row and the audit trail keeps
 * the values it replaced. Special rewards already paid keep the figures copied on them: no special_reward row is
 * touched.
 */
@ApplicationScoped
public class SpecialRewardCorrection {

    private final AuditTrail audit;
    private final RulePlausibility plausibility;

    public SpecialRewardCorrection(AuditTrail audit, RulePlausibility plausibility) {
        this.audit = audit;
        this.plausibility = plausibility;
    }

    @Transactional
    public SpecialRewardSchedule correctSchedule(String code, CorrectSpecialRewardSchedule command) {
        String legalBasis = plausibility.legalBasis(command.legalBasis());
        if (command.validFrom() != null
                && command.validTo() != null
                && command.validTo().isBefore(command.validFrom())) {
            throw ProblemException.invalidField(
                    "validTo",
                    "must not be before validFrom (" + command.validFrom() + ")",
                    "Không được trước ngày bắt đầu hiệu lực (" + command.validFrom() + ")");
        }
        SpecialRewardSchedule schedule = locked(code);
        if (command.capVnd() != null) {
            // a cap below a tier would leave that tier unpayable: correct the tier first
            for (SpecialRewardTier tier : SpecialRewardTier.<SpecialRewardTier>list("scheduleCode", schedule.code)) {
                SpecialRewardChecks.capped(
                        schedule.code,
                        command.capVnd(),
                        tier.amountVnd,
                        "the tier " + tier.field + "/" + tier.tier + " of " + schedule.code,
                        "Mức " + tier.tier + " của biểu mức " + schedule.code);
            }
        }
        String was = describe(schedule);
        schedule.legalBasis = legalBasis;
        schedule.kind = command.kind();
        schedule.territory = command.territory();
        schedule.validFrom = command.validFrom();
        schedule.validTo = command.validTo();
        schedule.capVnd = command.capVnd();
        schedule.note = command.note() == null || command.note().isBlank()
                ? null
                : command.note().strip();
        schedule.verified = command.verified();
        schedule.revision++;
        audit.record(
                "special-reward-schedule.correct",
                "special-reward-schedule",
                schedule.code,
                was + " -> " + describe(schedule) + ", revision " + (schedule.revision - 1) + " -> " + schedule.revision
                        + "; " + command.reason().strip());
        return schedule;
    }

    /**
     * Corrects a tier's description and amount. A verified tier was read from a source, so changing it needs
     * {@code confirm} (409 tier-verified otherwise); a tier marked verified names the document it was read in.
     */
    @Transactional
    public SpecialRewardTier correctTier(String code, Sector field, String tierName, CorrectSpecialRewardTier command) {
        String sourceDocument = command.sourceDocument() == null
                ? null
                : SpecialRewardChecks.document("sourceDocument", command.sourceDocument());
        if (command.verified() && sourceDocument == null) {
            throw ProblemException.invalidField(
                    "sourceDocument",
                    "a verified amount names the document it was read in, e.g. NQ 38/2016/NQ-HĐND",
                    "Mức đã đối chiếu phải ghi số hiệu văn bản quy định mức đó, ví dụ NQ 38/2016/NQ-HĐND");
        }
        SpecialRewardSchedule schedule = locked(code);
        SpecialRewardTier tier = SpecialRewardTier.<SpecialRewardTier>find(
                        "scheduleCode = ?1 and field = ?2 and tier = ?3", schedule.code, field, tierName)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(
                        "tier of " + schedule.code + " for " + field,
                        "mức của biểu mức " + schedule.code + " cho lĩnh vực " + field,
                        tierName));
        if (tier.verified && !command.confirm()) {
            throw ProblemException.conflict(
                    "tier-verified",
                    "the tier " + field + "/" + tierName + " of " + schedule.code + " (" + tier.amountVnd
                            + " VND) is verified"
                            + (tier.sourceDocument == null ? "" : " against " + tier.sourceDocument)
                            + "; correcting it needs confirm: true with the reason",
                    "Mức " + tierName + " của biểu mức " + schedule.code + " (" + tier.amountVnd
                            + " đồng) đã được đối chiếu; chỉ sửa khi xác nhận (confirm: true) kèm lý do.");
        }
        SpecialRewardChecks.capped(
                schedule,
                command.amountVnd(),
                "the tier " + field + "/" + tierName + " of " + schedule.code,
                "Mức " + tierName + " của biểu mức " + schedule.code);
        String was = describe(tier);
        tier.descriptionVi = command.descriptionVi().strip();
        tier.amountVnd = command.amountVnd();
        tier.verified = command.verified();
        tier.sourceDocument = sourceDocument;
        tier.revision++;
        audit.record(
                "special-reward-tier.correct",
                "special-reward-schedule",
                schedule.code,
                field + "/" + tierName + ": " + was + " -> " + describe(tier) + ", revision " + (tier.revision - 1)
                        + " -> " + tier.revision + "; " + command.reason().strip()
                        + (command.confirm() ? "; confirmed" : ""));
        return tier;
    }

    /** The schedule, locked against payments and other corrections until this one commits. */
    private static SpecialRewardSchedule locked(String code) {
        return SpecialRewardSchedule.<SpecialRewardSchedule>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(
                        "special reward schedule", "biểu mức thưởng theo nghị quyết đặc thù của tỉnh", code));
    }

    private static String describe(SpecialRewardSchedule s) {
        return s.legalBasis + ", " + s.kind + ", " + s.territory + ", " + (s.validFrom == null ? "…" : s.validFrom)
                + " – " + (s.validTo == null ? "…" : s.validTo) + ", cap " + (s.capVnd == null ? "none" : s.capVnd)
                + (s.verified ? ", verified" : ", unverified");
    }

    private static String describe(SpecialRewardTier t) {
        return t.amountVnd + " VND (" + t.descriptionVi + ")" + (t.verified ? ", verified" : ", unverified")
                + (t.sourceDocument == null ? "" : ", " + t.sourceDocument);
    }
}
