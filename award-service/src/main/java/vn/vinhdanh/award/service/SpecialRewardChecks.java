package vn.vinhdanh.award.service;

import java.time.LocalDate;
import java.util.List;
import vn.vinhdanh.award.domain.LegalBasis;
import vn.vinhdanh.award.domain.SpecialRewardKind;
import vn.vinhdanh.award.domain.SpecialRewardSchedule;
import vn.vinhdanh.award.domain.SpecialRewardTier;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;

/**
 * What a special reward, or a tier, must satisfy before it is paid or recorded: the schedule's own cap, its validity,
 * and, for an amount no source confirmed, the number of the document the officer read it in. The province's
 * schedules are placeholders until their official tables are found, so an unverified amount is never paid unseen.
 */
final class SpecialRewardChecks {

    private SpecialRewardChecks() {}

    /**
     * Refuses (422 special-reward-cap-exceeded) an amount beyond the schedule's cap, when it sets one; {@code what}
     * names the amount in English, {@code whatVi} in Vietnamese, capitalised ("Mức … của biểu mức …").
     */
    static void capped(SpecialRewardSchedule schedule, long amountVnd, String what, String whatVi) {
        capped(schedule.code, schedule.capVnd, amountVnd, what, whatVi);
    }

    /** The same against a cap the schedule is about to have ({@code capVnd}, null: none). */
    static void capped(String code, Long capVnd, long amountVnd, String what, String whatVi) {
        if (capVnd != null && amountVnd > capVnd) {
            throw ProblemException.unprocessable(
                    "special-reward-cap-exceeded",
                    what + " comes to " + amountVnd + " VND, beyond the cap of " + capVnd + " VND for one reward under "
                            + code,
                    whatVi + " là " + amountVnd + " đồng, vượt mức tối đa " + capVnd
                            + " đồng cho một khoản thưởng theo biểu mức " + code + ".");
        }
    }

    /** 422 schedule-not-in-force on {@code awardDate} when the reward is dated outside the schedule's validity. */
    static void inForce(SpecialRewardSchedule schedule, LocalDate awardDate) {
        if (schedule.inForceOn(awardDate)) {
            return;
        }
        String validity = (schedule.validFrom == null ? "" : "from " + schedule.validFrom + " ")
                + (schedule.validTo == null ? "onwards" : "to " + schedule.validTo);
        String validityVi = (schedule.validFrom == null ? "" : "từ ngày " + schedule.validFrom + " ")
                + (schedule.validTo == null ? "trở đi" : "đến hết ngày " + schedule.validTo);
        String detail = schedule.code + " (" + schedule.legalBasis + ", " + schedule.territory + ") applies " + validity
                + "; a reward dated " + awardDate + " is not paid under it";
        String detailVi = "Biểu mức " + schedule.code + " (" + schedule.legalBasis + ") chỉ áp dụng " + validityVi
                + "; khoản thưởng ngày " + awardDate + " không được chi theo biểu mức này.";
        throw fieldProblem("schedule-not-in-force", "Schedule not in force", "awardDate", detail, detailVi);
    }

    /**
     * An unverified tier is paid only when the officer names the document its amount was read in (422 unverified-tier
     * on {@code tier} otherwise). Answers the document as stored, or null when none was given for a verified tier.
     */
    static String confirmed(SpecialRewardSchedule schedule, SpecialRewardTier tier, String sourceDocument) {
        String document = sourceDocument == null ? null : document("sourceDocument", sourceDocument);
        if (tier.verified || document != null) {
            return document;
        }
        boolean support = schedule.kind == SpecialRewardKind.SUPPORT;
        String detail = "the amount of " + schedule.code + " " + tier.field + "/" + tier.tier + " (" + tier.amountVnd
                + " VND) was not read in any official text"
                + (support ? ", and " + schedule.code + " is a support schedule, not a reward one" : "")
                + "; pay it only with sourceDocument, the number of the document that sets it (e.g. QĐ"
                + " 1234/QĐ-UBND), or correct the tier (PUT /api/v1/special-reward-schedules/" + schedule.code
                + "/tiers/" + tier.field + "/" + tier.tier + ")";
        String detailVi = "Mức " + tier.tier + " (" + tier.amountVnd + " đồng) của biểu mức " + schedule.code
                + " chưa được đối chiếu với văn bản chính thức"
                + (support ? "; biểu mức này là mức hỗ trợ, không phải mức thưởng" : "")
                + "; chỉ chi khi ghi số hiệu văn bản quy định mức này (ví dụ QĐ 1234/QĐ-UBND).";
        throw fieldProblem("unverified-tier", "Unverified amount", "tier", detail, detailVi);
    }

    /** The document reference as stored, or 400 on {@code field} naming the expected form. */
    static String document(String field, String text) {
        if (!LegalBasis.readsAsDocument(text)) {
            throw ProblemException.invalidField(field, LegalBasis.DOCUMENT_EXPECTED, LegalBasis.DOCUMENT_EXPECTED_VI);
        }
        return LegalBasis.normalized(text);
    }

    private static ProblemException fieldProblem(
            String slug, String title, String field, String detail, String detailVi) {
        return new ProblemException(422, slug, title, detail, detailVi, List.of(new Problem.FieldError(field, detail)))
                .inVietnamese(detailVi);
    }
}
