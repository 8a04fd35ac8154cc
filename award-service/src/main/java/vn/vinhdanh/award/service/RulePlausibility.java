package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.vinhdanh.award.domain.BaseSalary;
import vn.vinhdanh.award.domain.LegalBasis;
import vn.vinhdanh.award.domain.RewardMultiplier;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;

/**
 * The checks every reward rule passes before it is recorded or corrected, so that a slip (1 VND, a multiplier of
 * 150, a legal basis that is a number, a decree of 2099) cannot silently price every later decision. A figure that
 * is only unusual may be confirmed ({@code confirm: true}); the confirmation then goes to the audit trail.
 */
@ApplicationScoped
public class RulePlausibility {

    /** A base salary moves by a few percent to a third a time; beyond half, it is a typing slip. */
    static final BigDecimal MAX_SALARY_CHANGE = new BigDecimal("0.5");

    /** The decrees' multipliers run from 0.15 (Giấy khen cấp xã) to 12 (Cờ thi đua của Chính phủ). */
    static final BigDecimal MIN_MULTIPLIER = new BigDecimal("0.1");

    static final BigDecimal MAX_MULTIPLIER = new BigDecimal("20");

    /** No decree has ever tripled (or cut to a third) an award's multiplier. */
    static final BigDecimal MAX_MULTIPLIER_RATIO = new BigDecimal("3");

    /** Decrees are published months, not years, before they take effect. */
    static final int MAX_YEARS_AHEAD = 1;

    private final Clock clock;

    public RulePlausibility(Clock clock) {
        this.clock = clock;
    }

    /** The legal basis as stored, or 400 on {@code legalBasis} naming the expected form. */
    public String legalBasis(String text) {
        if (!LegalBasis.readsAsReference(text)) {
            throw ProblemException.invalidField("legalBasis", LegalBasis.EXPECTED, LegalBasis.EXPECTED_VI);
        }
        return LegalBasis.normalized(text);
    }

    /** 400 on {@code field} for a start more than a year after today in Việt Nam. */
    public void notFarAhead(String field, LocalDate start) {
        LocalDate latest = LocalDate.now(clock).plusYears(MAX_YEARS_AHEAD);
        if (start.isAfter(latest)) {
            throw ProblemException.invalidField(
                    field,
                    "must be at most a year ahead (" + latest + " at the latest)",
                    "Không được quá một năm kể từ hôm nay (muộn nhất ngày " + latest + ")");
        }
    }

    /**
     * A base salary more than half away from the one in force before it is refused (422 implausible-amount) unless
     * confirmed. Answers what the audit trail adds: the confirmation, or nothing.
     */
    public String baseSalary(long amountVnd, BaseSalary before, boolean confirm) {
        if (before == null) {
            return "";
        }
        BigDecimal previous = BigDecimal.valueOf(before.amountVnd);
        BigDecimal change =
                BigDecimal.valueOf(amountVnd).subtract(previous).abs().divide(previous, 4, RoundingMode.HALF_UP);
        if (change.compareTo(MAX_SALARY_CHANGE) <= 0) {
            return "";
        }
        String percent = change.movePointRight(2).stripTrailingZeros().toPlainString();
        if (confirm) {
            return "; confirmed implausible amount: " + percent + " % away from " + before.amountVnd + " VND from "
                    + before.effectiveFrom;
        }
        throw implausible(
                "implausible-amount",
                "amountVnd",
                amountVnd + " VND is " + percent + " % away from the base salary in force before it ("
                        + before.amountVnd
                        + " VND from " + before.effectiveFrom + ", " + before.legalBasis + "); more than 50 % is"
                        + " refused unless the request says confirm: true",
                amountVnd + " đồng chênh " + percent + " % so với mức lương cơ sở trước đó (" + before.amountVnd
                        + " đồng từ ngày " + before.effectiveFrom + ", " + before.legalBasis + "); chênh quá 50 %"
                        + " chỉ được ghi khi xác nhận (confirm: true)");
    }

    /**
     * A multiplier outside 0.1–20, or more than three times (or less than a third of) the previous period's, is
     * refused (422 implausible-multiplier) unless confirmed. Answers what the audit trail adds.
     */
    public String multiplier(String awardCode, BigDecimal multiplier, RewardMultiplier before, boolean confirm) {
        String figure = multiplier.stripTrailingZeros().toPlainString();
        String why = null;
        String whyVi = null;
        if (multiplier.compareTo(MIN_MULTIPLIER) < 0 || multiplier.compareTo(MAX_MULTIPLIER) > 0) {
            why = "outside the decrees' range of " + MIN_MULTIPLIER + " to " + MAX_MULTIPLIER;
            whyVi = "nằm ngoài khoảng " + MIN_MULTIPLIER + " đến " + MAX_MULTIPLIER + " của các nghị định";
        } else if (before != null) {
            BigDecimal previous = before.multiplier;
            String was = previous.stripTrailingZeros().toPlainString();
            if (multiplier.compareTo(previous.multiply(MAX_MULTIPLIER_RATIO)) > 0
                    || multiplier.multiply(MAX_MULTIPLIER_RATIO).compareTo(previous) < 0) {
                why = "more than three times, or less than a third of, " + was + " under " + before.legalBasis
                        + " from " + before.validFrom;
                whyVi = "gấp hơn ba lần hoặc chưa bằng một phần ba hệ số " + was + " theo " + before.legalBasis
                        + " từ ngày " + before.validFrom;
            }
        }
        if (why == null) {
            return "";
        }
        if (confirm) {
            return "; confirmed implausible multiplier: " + why;
        }
        throw implausible(
                "implausible-multiplier",
                "multiplier",
                "the multiplier " + figure + " for " + awardCode + " is " + why
                        + "; it is refused unless the request says confirm: true",
                "Hệ số " + figure + " của " + awardCode + " " + whyVi + "; chỉ được ghi khi xác nhận (confirm: true)");
    }

    private static ProblemException implausible(String slug, String field, String detail, String detailVi) {
        return new ProblemException(
                        422,
                        slug,
                        "Implausible value",
                        detail,
                        detailVi,
                        List.of(new Problem.FieldError(field, detail)))
                .inVietnamese(detailVi);
    }
}
