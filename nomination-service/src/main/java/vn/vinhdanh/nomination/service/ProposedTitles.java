package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.VietnameseNames;
import vn.vinhdanh.nomination.domain.AwardTitle;
import vn.vinhdanh.problem.ProblemException;

/**
 * The proposed title, checked at the door against the catalogue award-service publishes: it exists, may go to the
 * nominee's kind, and someone grants it at the nomination's level on the last day of the period the nomination is for
 * (its movement's {@code periodEnd()}, not today: a 2024 district-level achievement entered in 2026 is judged by the
 * district's grants of 2024). Otherwise the approval could never become an award; so 400 on {@code proposedAward},
 * saying what would fit.
 */
@ApplicationScoped
public class ProposedTitles {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Before award-service's first publication has arrived there is nothing to check against: 503, try again. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * @param on the last day of the period the nomination is for, on which a grant at {@code level} must be in force;
     *     null when the movement that names the period is not known (then only the title and the nominee's kind are
     *     judged)
     * @return the title
     */
    public AwardTitle check(String code, NomineeKind kind, Level level, LocalDate on) {
        AwardTitle title = AwardTitle.findById(code);
        if (title == null) {
            if (AwardTitle.count() == 0) {
                throw ProblemException.unavailable(
                                "catalogue-unavailable",
                                "the award catalogue has not arrived from award-service yet; retry shortly",
                                "Danh mục danh hiệu, hình thức khen thưởng chưa sẵn sàng; đề nghị thử lại sau ít phút.")
                        .retryAfter(RETRY_AFTER_SECONDS);
            }
            throw ProblemException.invalidField(
                    "proposedAward",
                    "'" + code + "' is not a title of the award catalogue; GET /api/v1/award-types lists them",
                    "'" + code + "' không có trong danh mục danh hiệu thi đua, hình thức khen thưởng.");
        }
        if (!title.accepts(kind)) {
            List<NomineeKind> kinds = title.recipientKinds();
            throw ProblemException.invalidField(
                    "proposedAward",
                    title.nameEn + " (" + code + ") is for "
                            + (kinds.isEmpty()
                                    ? "no kind of nominee"
                                    : kinds.stream().map(ProposedTitles::plural).collect(Collectors.joining(" and "))
                                            + " only"),
                    title.nameVi
                            + (kinds.isEmpty()
                                    ? " hiện không dành cho đối tượng nào."
                                    : " chỉ dành cho "
                                            + kinds.stream()
                                                    .map(VietnameseNames::of)
                                                    .collect(Collectors.joining(", "))
                                            + "."));
        }
        if (on != null && title.grantsAt(level, on).isEmpty()) {
            List<AwardTitle.Grant> inForce =
                    title.grants.stream().filter(grant -> grant.appliesOn(on)).toList();
            throw ProblemException.invalidField(
                    "proposedAward",
                    title.nameEn + " (" + code + ") is not granted at level " + level + " on " + on
                            + ", the last day of the movement's period"
                            + (inForce.isEmpty() ? "; no one grants it on that day" : "; levels: " + levels(inForce)),
                    title.nameVi + " không thuộc thẩm quyền khen thưởng " + VietnameseNames.of(level) + " vào ngày "
                            + VIETNAMESE_DATE.format(on) + " (ngày kết thúc kỳ thi đua của phong trào)"
                            + (inForce.isEmpty()
                                    ? "; ngày đó không có cấp nào khen thưởng."
                                    : "; thẩm quyền: " + authoritiesInVietnamese(inForce) + "."));
        }
        return title;
    }

    private static String plural(NomineeKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> "individuals";
            case COLLECTIVE -> "collectives";
            case HOUSEHOLD -> "households";
        };
    }

    private static String levels(List<AwardTitle.Grant> grants) {
        return grants.stream()
                .map(grant -> grant.level.name() + " (" + grant.authority + ")")
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static String authoritiesInVietnamese(List<AwardTitle.Grant> grants) {
        Map<String, String> byAuthority = new LinkedHashMap<>();
        for (AwardTitle.Grant grant : grants) {
            byAuthority.merge(
                    grant.authorityNameVi, VietnameseNames.of(grant.level), (known, more) -> known + ", " + more);
        }
        return byAuthority.entrySet().stream()
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .collect(Collectors.joining("; "));
    }
}
