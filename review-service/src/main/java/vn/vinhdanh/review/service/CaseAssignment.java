package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.events.VietnameseNames;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Assignment;
import vn.vinhdanh.review.domain.CaseMemberKey;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.CouncilPosition;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.ScoreSheet;

/**
 * The secretary gives a case its reviewers, by hand or automatically by open-case load. A member with a conflict of
 * interest on the case is never assigned.
 */
@ApplicationScoped
public class CaseAssignment {

    private final ReviewQueries reviews;
    private final ConflictPolicy conflicts;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public CaseAssignment(
            ReviewQueries reviews, ConflictPolicy conflicts, Caller caller, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.conflicts = conflicts;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** The results of an automatic assignment: who was added to which case. */
    public record AutoAssigned(UUID caseId, List<String> added, List<String> assignees) {}

    @Transactional
    public ReviewCase assign(UUID caseId, AssignReviewer command) {
        String memberId = command.memberId();
        ReviewCase reviewCase = reviews.get(caseId);
        reviewCase.requireOpen();
        requireSeat(reviewCase, memberId, "memberId");
        conflicts.conflictOf(reviewCase, memberId).ifPresent(reason -> {
            throw ProblemException.conflict(
                    "conflict-of-interest",
                    memberId + " cannot review case " + caseId + ": " + reason.english(),
                    "Thành viên " + memberId + " có xung đột lợi ích với hồ sơ xét " + caseId + " ("
                            + reason.vietnamese() + "), không được phân công thẩm định.");
        });
        if (!Assignment.exists(caseId, memberId)) {
            persistAssignment(caseId, memberId);
            audit.record("review.assign", "review-case", caseId, memberId);
        }
        return reviewCase;
    }

    @Transactional
    public ReviewCase unassign(UUID caseId, String memberId) {
        ReviewCase reviewCase = reviews.get(caseId);
        reviewCase.requireOpen();
        Assignment assignment = Assignment.findById(new Assignment.Key(caseId, memberId));
        if (assignment == null) {
            throw ProblemException.notFound(
                    "assignment of " + memberId + " to review case",
                    "phân công thẩm định của thành viên " + memberId + " đối với hồ sơ xét",
                    caseId);
        }
        ScoreSheet sheet = ScoreSheet.findById(new CaseMemberKey(caseId, memberId));
        if (sheet != null && sheet.submitted()) {
            throw ProblemException.conflict(
                    "sheet-submitted",
                    memberId + " has submitted a score sheet on case " + caseId
                            + "; unlock it first or record a conflict of interest",
                    "Thành viên " + memberId + " đã nộp phiếu chấm điểm hồ sơ xét " + caseId
                            + "; cần mở lại phiếu trước hoặc ghi nhận xung đột lợi ích.");
        }
        if (sheet != null) {
            sheet.delete();
        }
        assignment.delete();
        audit.record("review.unassign", "review-case", caseId, memberId);
        return reviewCase;
    }

    /**
     * Gives each case reviewers up to {@code reviewersPerCase}, choosing among the council's voting members without a
     * conflict the ones with the fewest open cases, ties by member id; the load counts the assignments made here too.
     */
    @Transactional
    public List<AutoAssigned> assignAutomatically(AssignAutomatically command) {
        List<UUID> caseIds = command.caseIds();
        List<ReviewCase> cases = ReviewCase.list("id in ?1 order by openedAt, id", caseIds);
        Set<UUID> found = cases.stream().map(c -> c.id).collect(Collectors.toSet());
        for (int i = 0; i < caseIds.size(); i++) {
            if (!found.contains(caseIds.get(i))) {
                throw ProblemException.invalidField(
                        "caseIds[" + i + "]",
                        "no review case " + caseIds.get(i),
                        "Không tìm thấy hồ sơ xét " + caseIds.get(i));
            }
        }
        Set<UUID> councilIds = new HashSet<>();
        for (ReviewCase reviewCase : cases) {
            reviewCase.requireOpen();
            if (reviewCase.councilId == null) {
                throw ProblemException.conflict(
                        "no-council",
                        "review case " + reviewCase.id + " has no council yet",
                        "Hồ sơ xét " + reviewCase.id + " chưa có hội đồng xét.");
            }
            councilIds.add(reviewCase.councilId);
        }
        Map<UUID, List<CouncilMember>> seats =
                CouncilMember.<CouncilMember>list("key.councilId in ?1", councilIds).stream()
                        .filter(m -> m.position.votes())
                        .collect(Collectors.groupingBy(m -> m.key.councilId()));
        Map<String, Long> load = new HashMap<>();
        Assignment.getEntityManager()
                .createQuery("""
                select a.key.memberId, count(a) from Assignment a, ReviewCase c
                where c.id = a.key.caseId and c.status = :open group by a.key.memberId""", Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .getResultList()
                .forEach(row -> load.put((String) row[0], (Long) row[1]));
        Map<UUID, List<String>> assigned = Assignment.assigneesOf(caseIds);
        Map<UUID, Set<String>> conflicted =
                conflicts.conflicted(cases, reviewCase -> seats.getOrDefault(reviewCase.councilId, List.of()));

        List<AutoAssigned> results = new ArrayList<>();
        for (ReviewCase reviewCase : cases) {
            List<String> current = new ArrayList<>(assigned.getOrDefault(reviewCase.id, List.of()));
            Set<String> excluded = conflicted.getOrDefault(reviewCase.id, Set.of());
            List<String> candidates = seats.getOrDefault(reviewCase.councilId, List.of()).stream()
                    .map(CouncilMember::memberId)
                    .filter(id -> !excluded.contains(id) && !current.contains(id))
                    .sorted(Comparator.<String>comparingLong(id -> load.getOrDefault(id, 0L))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
            List<String> added = new ArrayList<>();
            for (String memberId : candidates) {
                if (current.size() >= command.reviewersPerCase()) {
                    break;
                }
                persistAssignment(reviewCase.id, memberId);
                load.merge(memberId, 1L, Long::sum);
                current.add(memberId);
                added.add(memberId);
            }
            if (!added.isEmpty()) {
                audit.record("review.assign.auto", "review-case", reviewCase.id, String.join(", ", added));
            }
            results.add(new AutoAssigned(
                    reviewCase.id, added, current.stream().sorted().toList()));
        }
        return results;
    }

    private void persistAssignment(UUID caseId, String memberId) {
        Assignment assignment = new Assignment();
        assignment.key = new Assignment.Key(caseId, memberId);
        assignment.assignedAt = Instant.now(clock);
        assignment.assignedBy = caller.label();
        assignment.persist();
    }

    private static CouncilMember requireSeat(ReviewCase reviewCase, String memberId, String field) {
        if (reviewCase.councilId == null) {
            throw ProblemException.conflict(
                    "no-council",
                    "review case " + reviewCase.id + " has no council yet:" + " set up a council for level "
                            + reviewCase.level + " or move the case to one",
                    "Hồ sơ xét " + reviewCase.id + " chưa có hội đồng xét: cần thành lập hội đồng "
                            + VietnameseNames.of(reviewCase.level) + " hoặc chuyển hồ sơ sang một hội đồng đã có.");
        }
        CouncilMember member = CouncilMember.of(reviewCase.councilId, memberId)
                .orElseThrow(() -> ProblemException.invalidField(
                        field,
                        memberId + " holds no seat on council " + reviewCase.councilId,
                        "Thành viên " + memberId + " không có tên trong hội đồng " + reviewCase.councilId));
        if (member.position == CouncilPosition.SECRETARY) {
            throw ProblemException.invalidField(
                    field,
                    memberId + " is the council's secretary, not a reviewer",
                    "Thành viên " + memberId + " là Thư ký hội đồng, không phải thành viên thẩm định");
        }
        return member;
    }
}
