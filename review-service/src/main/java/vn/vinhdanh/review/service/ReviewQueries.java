package vn.vinhdanh.review.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.events.Criterion;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Assignment;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.ConflictDeclaration;
import vn.vinhdanh.review.domain.ConflictOverride;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.ScoreSheet;

/**
 * Review cases as the caller may read them. The secretary and the admin see every case; a council member acting only
 * as a member reads, free of conflict, the cases assigned to them and every case on a ballot of their council (they
 * vote on what they can read); any other id answers 404, as if it did not exist.
 */
@ApplicationScoped
public class ReviewQueries {

    private final Caller caller;
    private final ConflictPolicy conflicts;
    private final ReviewMapping mapping;
    private final CouncilCalendar calendar;

    public ReviewQueries(Caller caller, ConflictPolicy conflicts, ReviewMapping mapping, CouncilCalendar calendar) {
        this.caller = caller;
        this.conflicts = conflicts;
        this.mapping = mapping;
        this.calendar = calendar;
    }

    /** A case with what its views show: the reviewers, whether it is overdue today, and the criteria when asked. */
    public record CaseDetail(
            ReviewCase reviewCase, List<String> assignees, boolean overdue, List<Criterion> criteria) {}

    public record Filter(
            UUID nominationId,
            CaseStatus status,
            UUID councilId,
            boolean overdue,
            Level level,
            Sector sector,
            UUID movementId) {

        public Filter(UUID nominationId, CaseStatus status, UUID councilId, boolean overdue) {
            this(nominationId, status, councilId, overdue, null, null, null);
        }
    }

    /** A movement some case came from, for the queue's filter. */
    public record MovementOption(UUID id, String name) {}

    /** Declared conflicts of interest on a case and the chair's overrides, oldest first. */
    public record Conflicts(List<ConflictDeclaration> declared, List<ConflictOverride> overridden) {}

    public ReviewCase get(UUID caseId) {
        return ReviewCase.<ReviewCase>findByIdOptional(caseId)
                .filter(c -> !actsAsMemberOnly() || readableByMember(c))
                .orElseThrow(() -> ProblemException.notFound("review case", "hồ sơ xét", caseId));
    }

    /** The caller reviews the case, or votes on it: a voting seat on its council once its ballot is open. */
    private boolean readableByMember(ReviewCase reviewCase) {
        String seat = caller.seat();
        if (seat == null || conflicts.conflictOf(reviewCase, seat).isPresent()) {
            return false;
        }
        return Assignment.exists(reviewCase.id, seat) || votesOn(reviewCase, seat);
    }

    private static boolean votesOn(ReviewCase reviewCase, String seat) {
        return reviewCase.councilId != null
                && Ballot.findByIdOptional(reviewCase.id).isPresent()
                && CouncilMember.of(reviewCase.councilId, seat)
                        .map(member -> member.position.votes())
                        .orElse(false);
    }

    /** One case as it is read on its own: with the criteria its reviewers score. */
    public CaseDetail detail(UUID caseId) {
        return detail(get(caseId));
    }

    public CaseDetail detail(ReviewCase reviewCase) {
        return new CaseDetail(
                reviewCase,
                assigneesOf(reviewCase),
                reviewCase.overdueOn(calendar.today()),
                mapping.criteriaOf(reviewCase));
    }

    /** A case as a list shows it: without the criteria. */
    public CaseDetail summary(ReviewCase reviewCase) {
        return new CaseDetail(reviewCase, assigneesOf(reviewCase), reviewCase.overdueOn(calendar.today()), null);
    }

    /**
     * One page of the cases, newest first, or the most overdue first, and how many match; the reviewers of the whole
     * page in one query.
     */
    public Found<CaseDetail> list(Filter filter, int page, int size) {
        LocalDate today = calendar.today();
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (actsAsMemberOnly()) {
            query.append(" and exists (select 1 from Assignment a where a.key.caseId = c.id"
                    + " and a.key.memberId = :member)");
            parameters.and("member", caller.seat());
        }
        if (filter.nominationId() != null) {
            query.append(" and c.nominationId = :nominationId");
            parameters.and("nominationId", filter.nominationId());
        }
        if (filter.overdue()) {
            query.append(" and c.status = :open and c.dueOn < :today");
            parameters.and("open", CaseStatus.OPEN).and("today", today);
        }
        if (filter.status() != null) {
            query.append(" and c.status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.councilId() != null) {
            query.append(" and c.councilId = :councilId");
            parameters.and("councilId", filter.councilId());
        }
        if (filter.level() != null) {
            query.append(" and c.level = :level");
            parameters.and("level", filter.level());
        }
        if (filter.sector() != null) {
            query.append(" and c.sector = :sector");
            parameters.and("sector", filter.sector());
        }
        if (filter.movementId() != null) {
            query.append(" and c.movementId = :movementId");
            parameters.and("movementId", filter.movementId());
        }
        String order = filter.overdue() ? " order by c.dueOn, c.id" : " order by c.openedAt desc, c.id";
        PanacheQuery<ReviewCase> found = ReviewCase.find("from ReviewCase c where " + query + order, parameters);
        List<ReviewCase> cases = found.page(Page.of(page, size)).list();
        Map<UUID, List<String>> assignees =
                Assignment.assigneesOf(cases.stream().map(c -> c.id).toList());
        return new Found<>(
                cases.stream()
                        .map(c -> new CaseDetail(c, assignees.getOrDefault(c.id, List.of()), c.overdueOn(today), null))
                        .toList(),
                found.count());
    }

    /** The movements of the cases the council has, by name. */
    public List<MovementOption> movements() {
        return ReviewCase.getEntityManager()
                .createQuery(
                        "select distinct c.movementId, c.movementName from ReviewCase c"
                                + " where c.movementId is not null order by c.movementName",
                        Object[].class)
                .getResultStream()
                .map(row -> new MovementOption((UUID) row[0], (String) row[1]))
                .toList();
    }

    public Conflicts conflicts(UUID caseId) {
        ReviewCase reviewCase = get(caseId);
        return new Conflicts(
                ConflictDeclaration.list("key.caseId = ?1 order by declaredAt", reviewCase.id),
                ConflictOverride.list("key.caseId = ?1 order by overriddenAt", reviewCase.id));
    }

    public Ballot ballot(UUID caseId) {
        ReviewCase reviewCase = get(caseId);
        return Ballot.<Ballot>findByIdOptional(reviewCase.id)
                .orElseThrow(
                        () -> ProblemException.notFound("ballot on review case", "phiếu bầu về hồ sơ xét", caseId));
    }

    /**
     * The sheets the caller may read: the secretary all of them; a reviewer their own, and the others' only once
     * their own is submitted, so that nobody scores with the others' marks in view; a member who votes on the case
     * without reviewing it the submitted ones, since they have no marks of their own to give.
     */
    public List<ScoreSheet> visibleSheets(UUID caseId) {
        ReviewCase reviewCase = get(caseId);
        List<ScoreSheet> sheets = ScoreSheet.list(
                "select distinct s from ScoreSheet s left join fetch s.scores"
                        + " where s.key.caseId = ?1 order by s.key.memberId",
                reviewCase.id);
        if (!actsAsMemberOnly()) {
            return sheets;
        }
        boolean othersVisible = !Assignment.exists(reviewCase.id, caller.seat())
                || sheets.stream().anyMatch(s -> s.key.memberId().equals(caller.seat()) && s.submitted());
        return sheets.stream()
                .filter(s -> s.key.memberId().equals(caller.seat()) || (othersVisible && s.submitted()))
                .toList();
    }

    private static List<String> assigneesOf(ReviewCase reviewCase) {
        return Assignment.assigneesOf(List.of(reviewCase.id)).getOrDefault(reviewCase.id, List.of());
    }

    private boolean actsAsMemberOnly() {
        return caller.has(Roles.COUNCIL_MEMBER) && !caller.has(Roles.COUNCIL_SECRETARY) && !caller.has(Roles.ADMIN);
    }
}
