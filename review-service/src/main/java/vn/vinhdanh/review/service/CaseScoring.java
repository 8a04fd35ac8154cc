package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Hibernate;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.events.Criterion;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Assignment;
import vn.vinhdanh.review.domain.CaseMemberKey;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.Score;
import vn.vinhdanh.review.domain.ScoreSheet;

/**
 * A reviewer scores a case on the criteria snapshot the nomination was submitted with: a draft, then a submitted
 * sheet, locked until the secretary unlocks it.
 */
@ApplicationScoped
public class CaseScoring {

    static final BigDecimal MAX_SCORE = BigDecimal.TEN;

    private final ReviewQueries reviews;
    private final ReviewMapping mapping;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public CaseScoring(ReviewQueries reviews, ReviewMapping mapping, Caller caller, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.mapping = mapping;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves the caller's draft sheet, replacing its scores. */
    @Transactional
    public ScoreSheet saveDraft(UUID caseId, SaveScoreSheet command) {
        ReviewCase reviewCase = reviewable(caseId);
        Map<String, Criterion> criteria = byCode(mapping.criteriaOf(reviewCase));
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> vietnamese = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < command.scores().size(); i++) {
            SaveScoreSheet.Item item = command.scores().get(i);
            if (!criteria.containsKey(item.criterionCode())) {
                errors.add(new Problem.FieldError(
                        "scores[" + i + "].criterionCode",
                        "'" + item.criterionCode() + "' is not a criterion of this nomination; expected one of "
                                + criteria.keySet()));
                vietnamese.put(
                        "scores[" + i + "].criterionCode",
                        "'" + item.criterionCode() + "' không phải tiêu chí của hồ sơ đề nghị này; các tiêu chí gồm: "
                                + String.join(", ", criteria.keySet()));
            } else if (!seen.add(item.criterionCode())) {
                errors.add(new Problem.FieldError(
                        "scores[" + i + "].criterionCode", item.criterionCode() + " is scored already"));
                vietnamese.put(
                        "scores[" + i + "].criterionCode", "Tiêu chí " + item.criterionCode() + " đã được chấm điểm");
            }
            if (item.score().signum() < 0
                    || item.score().compareTo(MAX_SCORE) > 0
                    || item.score().scale() > 1) {
                errors.add(new Problem.FieldError(
                        "scores[" + i + "].score",
                        "from 0 to 10 with at most one decimal, not "
                                + item.score().toPlainString()));
                vietnamese.put("scores[" + i + "].score", "Điểm từ 0 đến 10, lẻ nhiều nhất một chữ số thập phân");
            }
            scores.add(new Score(item.criterionCode(), item.score(), blankToNull(item.comment())));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors, vietnamese);
        }
        CaseMemberKey key = new CaseMemberKey(caseId, caller.seat());
        ScoreSheet sheet = ScoreSheet.findById(key);
        if (sheet == null) {
            sheet = new ScoreSheet();
            sheet.key = key;
            sheet.status = ScoreSheet.Status.DRAFT;
        } else if (sheet.submitted()) {
            throw ProblemException.conflict(
                    "sheet-locked",
                    "your score sheet on case " + caseId + " is submitted and locked; ask the secretary to unlock it",
                    "Phiếu chấm điểm của đồng chí cho hồ sơ xét " + caseId
                            + " đã nộp và khóa; đề nghị Thư ký mở lại nếu cần sửa.");
        }
        sheet.scores.clear();
        sheet.scores.addAll(scores);
        sheet.comment = blankToNull(command.comment());
        sheet.weightedTotal = weightedTotal(scores, criteria);
        sheet.updatedAt = Instant.now(clock);
        sheet.persist();
        return sheet;
    }

    /** Locks the caller's sheet; every required criterion must be scored. */
    @Transactional
    public ScoreSheet submit(UUID caseId) {
        ReviewCase reviewCase = reviewable(caseId);
        ScoreSheet sheet = ScoreSheet.<ScoreSheet>findByIdOptional(new CaseMemberKey(caseId, caller.seat()))
                .orElseThrow(() -> ProblemException.conflict(
                        "no-sheet",
                        "save your scores on case " + caseId + " before submitting them",
                        "Đồng chí cần lưu điểm hồ sơ xét " + caseId + " trước khi nộp phiếu chấm điểm."));
        if (sheet.submitted()) {
            throw ProblemException.conflict(
                    "sheet-locked",
                    "your score sheet on case " + caseId + " is already submitted",
                    "Phiếu chấm điểm của đồng chí cho hồ sơ xét " + caseId + " đã được nộp.");
        }
        Set<String> scored = new HashSet<>();
        sheet.scores.forEach(score -> scored.add(score.criterionCode));
        List<String> missing = mapping.criteriaOf(reviewCase).stream()
                .filter(c -> c.required() && !scored.contains(c.code()))
                .map(Criterion::code)
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable(
                    "sheet-incomplete",
                    "required criteria without a score: " + missing,
                    "Tiêu chí bắt buộc chưa có điểm: " + String.join(", ", missing));
        }
        sheet.status = ScoreSheet.Status.SUBMITTED;
        sheet.submittedAt = Instant.now(clock);
        sheet.updatedAt = sheet.submittedAt;
        ScoreSheet.getEntityManager().flush();
        recomputeTotal(reviewCase);
        audit.record("review.sheet.submit", "review-case", caseId, caller.seat() + ": " + sheet.weightedTotal);
        Hibernate.initialize(sheet.scores);
        return sheet;
    }

    /** The secretary reopens a submitted sheet (logged with the reason); it no longer counts until resubmitted. */
    @Transactional
    public ScoreSheet unlock(UUID caseId, UnlockScoreSheet command) {
        String memberId = command.memberId();
        ReviewCase reviewCase = reviews.get(caseId);
        reviewCase.requireOpen();
        ScoreSheet sheet = ScoreSheet.<ScoreSheet>findByIdOptional(new CaseMemberKey(caseId, memberId))
                .orElseThrow(() -> ProblemException.notFound(
                        "score sheet of " + memberId + " on review case",
                        "phiếu chấm điểm của thành viên " + memberId + " cho hồ sơ xét",
                        caseId));
        if (!sheet.submitted()) {
            throw ProblemException.conflict(
                    "sheet-not-submitted",
                    "the score sheet of " + memberId + " on case " + caseId + " is not submitted",
                    "Phiếu chấm điểm của thành viên " + memberId + " cho hồ sơ xét " + caseId + " chưa được nộp.");
        }
        sheet.status = ScoreSheet.Status.DRAFT;
        sheet.submittedAt = null;
        sheet.updatedAt = Instant.now(clock);
        ScoreSheet.getEntityManager().flush();
        recomputeTotal(reviewCase);
        audit.record(
                "review.sheet.unlock",
                "review-case",
                caseId,
                memberId + ": " + command.reason().strip());
        Hibernate.initialize(sheet.scores);
        return sheet;
    }

    private ReviewCase reviewable(UUID caseId) {
        ReviewCase reviewCase = reviews.get(caseId);
        reviewCase.requireOpen();
        if (!caller.has(Roles.COUNCIL_MEMBER) || !Assignment.exists(caseId, caller.seat())) {
            throw ProblemException.forbidden(
                    "only a council member assigned to case " + caseId + " scores it",
                    "Chỉ thành viên hội đồng được phân công thẩm định hồ sơ xét " + caseId + " mới được chấm điểm.");
        }
        return reviewCase;
    }

    /** The case's total from its submitted sheets, after a sheet was submitted, reopened or dropped. */
    static void recomputeTotal(ReviewCase reviewCase) {
        reviewCase.totalOf(
                ScoreSheet.list("key.caseId = ?1 and status = ?2", reviewCase.id, ScoreSheet.Status.SUBMITTED));
    }

    /** Σ score × weight / Σ weight over the scored criteria; criteria of weight 0 are recorded but not counted. */
    static BigDecimal weightedTotal(List<Score> scores, Map<String, Criterion> criteria) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Score score : scores) {
            BigDecimal weight = criteria.get(score.criterionCode).weight();
            if (weight == null || weight.signum() <= 0) {
                continue;
            }
            weighted = weighted.add(score.score.multiply(weight));
            weights = weights.add(weight);
        }
        return weights.signum() == 0 ? null : weighted.divide(weights, 3, RoundingMode.HALF_UP);
    }

    private static Map<String, Criterion> byCode(List<Criterion> criteria) {
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        criteria.forEach(c -> byCode.put(c.code(), c));
        return byCode;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
