package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.province.ProvinceClock;

/** The council's file on one nomination in one round. */
@Entity
@Table(name = "review_case")
public class ReviewCase extends PanacheEntityBase {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    public UUID id;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Column(name = "nomination_revision", nullable = false)
    public int nominationRevision;

    @Column(nullable = false)
    public int round;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "nominee_name", nullable = false)
    public String nomineeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    public NomineeKind nomineeKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    /** The emulation movement the nomination came from (the secretary's queue filters by it). */
    @Column(name = "movement_id")
    public UUID movementId;

    @Column(name = "movement_name")
    public String movementName;

    @Column(name = "proposed_award", nullable = false)
    public String proposedAward;

    /** The nomination exactly as submitted (JSON of the event): what the council judged, whatever changes later. */
    @Column(name = "nomination_snapshot", nullable = false)
    public String nominationSnapshot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    public ReviewOutcome outcome;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    /** The council that judges the case: the one in force for its level when it opened, unless the secretary moved it. */
    @Column(name = "council_id")
    public UUID councilId;

    /** The earlier round of the same nomination, when the council returned it and the agency amended it. */
    @Column(name = "previous_case_id")
    public UUID previousCaseId;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "public_comment_from")
    public LocalDate publicCommentFrom;

    /** The last working day of the public comment period; the council decides only after it. */
    @Column(name = "public_comment_until")
    public LocalDate publicCommentUntil;

    /** Mean of the submitted score sheets' weighted totals; null until one is submitted. */
    @Column(name = "weighted_total", precision = 6, scale = 3)
    public BigDecimal weightedTotal;

    @Column(name = "submitted_sheets", nullable = false)
    public int submittedSheets;

    @Version
    public long version;

    public void requireOpen() {
        if (status == CaseStatus.DECIDED) {
            throw ProblemException.conflict(
                    "already-decided",
                    "review case " + id + " was already decided " + outcome + " on " + decisionDate,
                    "Hồ sơ xét " + id + " đã có kết luận của hội đồng (" + outcomeVi(outcome) + ") ngày "
                            + day(decisionDate) + ".");
        }
        if (status == CaseStatus.WITHDRAWN) {
            throw ProblemException.conflict(
                    "withdrawn",
                    "the nomination of review case " + id + " was withdrawn",
                    "Đơn vị đã rút hồ sơ đề nghị khen thưởng của hồ sơ xét " + id + ".");
        }
    }

    public void decide(ReviewOutcome outcome, String reason, String decidedBy, Instant at, LocalDate decisionDate) {
        requireOpen();
        if (outcome != ReviewOutcome.APPROVED && (reason == null || reason.isBlank())) {
            throw ProblemException.invalidField(
                    "reason",
                    outcome == ReviewOutcome.RETURNED
                            ? "say what information is missing"
                            : "say why the nomination is rejected",
                    outcome == ReviewOutcome.RETURNED
                            ? "Nêu những thông tin, tài liệu đơn vị cần bổ sung"
                            : "Nêu lý do không thông qua");
        }
        this.status = CaseStatus.DECIDED;
        this.outcome = outcome;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
        this.decisionDate = decisionDate;
    }

    /**
     * A case is due on a day in the province no earlier than the day it opened: a due date before it would make a case
     * overdue from its first hour and send its reminders at once (400 naming {@code dueOn}).
     */
    public void dueOn(LocalDate day) {
        LocalDate opened = LocalDate.ofInstant(openedAt, ProvinceClock.ZONE);
        if (day.isBefore(opened)) {
            throw ProblemException.invalidField(
                    "dueOn",
                    "must not be before " + opened + ", the day the case opened",
                    "Hạn xét không được trước ngày " + day(opened) + ", ngày hồ sơ được mở");
        }
        dueOn = day;
    }

    /** Open and past its due date on {@code today}, a day in the province. */
    public boolean overdueOn(LocalDate today) {
        return status == CaseStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }

    /**
     * The list must have been public for the title's working days before the council decides or votes:
     * {@code day} is the day of the decision or of the meeting.
     */
    public void requirePublicCommentOver(VoteRule rule, LocalDate day) {
        if (rule.publicCommentDays <= 0) {
            return;
        }
        if (publicCommentUntil == null) {
            throw ProblemException.conflict(
                    "public-comment-required",
                    proposedAward + " needs "
                            + rule.publicCommentDays + " working days of public comment before the council decides ("
                            + rule.legalBasis + ")",
                    "Hình thức khen thưởng " + proposedAward + " phải công khai lấy ý kiến " + rule.publicCommentDays
                            + " ngày làm việc trước khi hội đồng quyết định (" + rule.legalBasis + ").");
        }
        if (!day.isAfter(publicCommentUntil)) {
            throw ProblemException.conflict(
                    "public-comment-open",
                    "the public comment period of review case " + id + " runs until " + publicCommentUntil
                            + " inclusive",
                    "Thời gian công khai lấy ý kiến hồ sơ xét " + id + " kéo dài đến hết ngày "
                            + day(publicCommentUntil) + ".");
        }
    }

    /** The case's total: the mean of its submitted sheets' weighted totals. */
    public void totalOf(List<ScoreSheet> submitted) {
        submittedSheets = submitted.size();
        List<BigDecimal> totals = submitted.stream()
                .map(s -> s.weightedTotal)
                .filter(t -> t != null)
                .toList();
        weightedTotal = totals.isEmpty()
                ? null
                : totals.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(totals.size()), 3, RoundingMode.HALF_UP);
    }

    /** The latest round of a nomination, if any. */
    public static java.util.Optional<ReviewCase> latestOf(UUID nominationId) {
        return find("nominationId = ?1 order by round desc", nominationId).firstResultOptional();
    }

    /** A day as a refusal in Vietnamese writes it, day first. */
    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The council's decision as its pages name it. */
    private static String outcomeVi(ReviewOutcome outcome) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case APPROVED -> "thông qua";
            case REJECTED -> "không thông qua";
            case RETURNED -> "trả lại để bổ sung";
        };
    }
}
