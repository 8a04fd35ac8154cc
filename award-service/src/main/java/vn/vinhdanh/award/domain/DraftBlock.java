package vn.vinhdanh.award.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.vinhdanh.events.AwardBlockReason;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.VietnameseNames;

/**
 * Why a council approval cannot become a draft award, said for the emulation board: in English ({@code reason}) and in
 * Vietnamese ({@code reasonVi}), each naming the title (its code, and its name when the catalogue knows it) and the
 * nominee's kind, and saying what would unblock it.
 *
 * @param awardCode the title that was tried
 */
public record DraftBlock(String awardCode, AwardBlockReason cause, String reason, String reasonVi) {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The proposed title is not in the catalogue. */
    public static DraftBlock unknownTitle(String awardCode, NomineeKind nomineeKind) {
        return new DraftBlock(
                awardCode,
                AwardBlockReason.UNKNOWN_TITLE,
                "The proposed title " + awardCode + " is not in the award catalogue, so no award can be drafted for"
                        + " the " + english(nomineeKind) + " nominee; the nominating agency should correct the"
                        + " proposed title.",
                "Danh hiệu thi đua, hình thức khen thưởng đề nghị " + awardCode
                        + " không có trong danh mục khen thưởng nên chưa lập được dự thảo khen thưởng cho "
                        + VietnameseNames.of(nomineeKind)
                        + " được đề nghị; đề nghị cơ quan trình điều chỉnh danh hiệu, hình thức khen thưởng đề nghị.");
    }

    /** The title exists but is not given to this kind of nominee (a collective-only flag for an individual). */
    public static DraftBlock wrongRecipientKind(AwardType type, NomineeKind nomineeKind) {
        String onlyFor = switch (type.recipient) {
            case COLLECTIVE -> "collectives";
            case HOUSEHOLD -> "households";
            case INDIVIDUAL -> "individuals";
            // only a household can miss an ANY type: one without a household factor
            case ANY -> "individuals and collectives";
        };
        String onlyForVi = switch (type.recipient) {
            case COLLECTIVE -> "tập thể";
            case HOUSEHOLD -> "hộ gia đình";
            case INDIVIDUAL -> "cá nhân";
            case ANY -> "cá nhân và tập thể";
        };
        return new DraftBlock(
                type.code,
                AwardBlockReason.WRONG_RECIPIENT_KIND,
                "The title " + named(type) + " is given only to " + onlyFor + ", but the nominee is "
                        + article(nomineeKind) + " " + english(nomineeKind)
                        + "; the nominating agency should propose a title that fits the nominee.",
                capitalised(kindVi(type)) + " " + named(type) + " chỉ xét tặng cho " + onlyForVi
                        + ", nhưng đối tượng được đề nghị là " + VietnameseNames.of(nomineeKind)
                        + "; đề nghị cơ quan trình điều chỉnh danh hiệu, hình thức khen thưởng đề nghị cho phù hợp"
                        + " với đối tượng.");
    }

    /**
     * No reward rule (multiplier or base salary) prices the title for this kind of nominee on the council's decision
     * date; {@code rule} says which rule is missing.
     */
    public static DraftBlock noRewardRule(
            AwardType type,
            NomineeKind nomineeKind,
            LocalDate councilDecisionDate,
            RewardCalculator.RewardRuleException rule) {
        return new DraftBlock(
                type.code,
                AwardBlockReason.NO_REWARD_RULE,
                "No reward rule prices the title " + named(type) + " for " + article(nomineeKind) + " "
                        + english(nomineeKind) + " on the council's decision date " + councilDecisionDate + ": "
                        + rule.getMessage() + ".",
                "Chưa có quy định về mức tiền thưởng để tính tiền thưởng " + kindVi(type) + " " + named(type)
                        + " cho " + VietnameseNames.of(nomineeKind) + " theo ngày Hội đồng thi đua – khen thưởng"
                        + " quyết định (" + VIETNAMESE_DATE.format(councilDecisionDate) + "): "
                        + rule.vietnameseMessage());
    }

    /** "CO_THI_DUA_UBND_TINH (Cờ thi đua của Ủy ban nhân dân tỉnh)". */
    private static String named(AwardType type) {
        return type.code + " (" + type.nameVi + ")";
    }

    /** A certificate of merit or commendation is a form of commendation; the rest are emulation titles. */
    private static String kindVi(AwardType type) {
        return type.certificateKind == CertificateKind.TITLE ? "danh hiệu" : "hình thức khen thưởng";
    }

    private static String english(NomineeKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> "individual";
            case COLLECTIVE -> "collective";
            case HOUSEHOLD -> "household";
        };
    }

    private static String article(NomineeKind kind) {
        return kind == NomineeKind.INDIVIDUAL ? "an" : "a";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
