package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.LegalBasis;

/**
 * What a new or corrected vote rule must be before it is written: a known title, a legal basis that cites something,
 * a period that starts within a year, and thresholds a council could have decided on. The seeded rules were never
 * put through these checks and need not be: only a PUT is.
 */
@ApplicationScoped
public class VoteRuleChecks {

    /** A rule announced further ahead than this is far more likely a mistyped year than a law already passed. */
    static final int MAX_YEARS_AHEAD = 1;

    /** A council decides by at least a majority; less is a typo unless the admin confirms it. */
    static final int MAJORITY_PERCENT = 50;

    private final AwardCatalogue catalogue;
    private final CouncilCalendar calendar;

    public VoteRuleChecks(AwardCatalogue catalogue, CouncilCalendar calendar) {
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    /** 400 naming every field to fix at once; 503 catalogue-unavailable before the catalogue has arrived. */
    public void requireValid(SetVoteRule command) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> vietnamese = new LinkedHashMap<>();
        if (command.awardCode() != null && !catalogue.knows(command.awardCode())) {
            errors.add(new Problem.FieldError(
                    "awardCode",
                    "'" + command.awardCode() + "' is not a title of the award catalogue (award-service publishes"
                            + " it)"));
            vietnamese.put(
                    "awardCode",
                    "'" + command.awardCode() + "' không có trong danh mục danh hiệu thi đua, hình thức khen thưởng.");
        }
        if (!LegalBasis.readsAsReference(command.legalBasis())) {
            errors.add(new Problem.FieldError("legalBasis", "must cite " + LegalBasis.EXPECTED));
            vietnamese.put("legalBasis", "Căn cứ pháp lý " + LegalBasis.EXPECTED_VI + ".");
        }
        LocalDate latestStart = calendar.today().plusYears(MAX_YEARS_AHEAD);
        if (command.validFrom() != null && command.validFrom().isAfter(latestStart)) {
            errors.add(new Problem.FieldError(
                    "validFrom",
                    "must not be more than a year after today in the province (at the latest " + latestStart + ")"));
            vietnamese.put(
                    "validFrom",
                    "Ngày bắt đầu hiệu lực không được quá một năm kể từ hôm nay (muộn nhất " + latestStart + ").");
        }
        if (command.validFrom() != null
                && command.validTo() != null
                && command.validTo().isBefore(command.validFrom())) {
            errors.add(new Problem.FieldError("validTo", "must not be before validFrom (" + command.validFrom() + ")"));
            vietnamese.put(
                    "validTo",
                    "Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực (" + command.validFrom() + ")");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors, vietnamese);
        }
    }

    /**
     * 422 implausible-vote-rule naming each threshold below a majority, unless {@code confirm}: such a rule is
     * possible (a council's own rules may set one), but "1" for "100" is the likelier story.
     */
    public void requirePlausible(SetVoteRule command) {
        if (command.confirm()) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> vietnamese = new LinkedHashMap<>();
        if (command.quorumPercent() < MAJORITY_PERCENT) {
            errors.add(new Problem.FieldError(
                    "quorumPercent", "a quorum of " + command.quorumPercent() + " % is below a majority"));
            vietnamese.put(
                    "quorumPercent", "Tỷ lệ thành viên tham dự " + command.quorumPercent() + " % thấp hơn quá bán.");
        }
        if (command.approvalPercent() < MAJORITY_PERCENT) {
            errors.add(new Problem.FieldError(
                    "approvalPercent",
                    "an approval threshold of " + command.approvalPercent() + " % is below a majority"));
            vietnamese.put(
                    "approvalPercent", "Tỷ lệ phiếu đồng ý " + command.approvalPercent() + " % thấp hơn quá bán.");
        }
        if (errors.isEmpty()) {
            return;
        }
        String fields =
                String.join(", ", errors.stream().map(Problem.FieldError::field).toList());
        throw new ProblemException(
                        422,
                        "implausible-vote-rule",
                        "Implausible vote rule",
                        "a council decides by at least a majority (" + MAJORITY_PERCENT + " %); " + fields
                                + " below it looks like a typo: send \"confirm\": true to set it anyway",
                        "Hội đồng quyết định theo ít nhất quá bán (" + MAJORITY_PERCENT + " %); tỷ lệ thấp hơn có"
                                + " thể là nhập nhầm. Nếu đúng là như vậy, hãy xác nhận (\"confirm\": true).",
                        errors)
                .inVietnamese(vietnamese);
    }
}
