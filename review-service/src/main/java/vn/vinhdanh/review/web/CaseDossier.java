package vn.vinhdanh.review.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vinhdanh.events.Criterion;
import vn.vinhdanh.events.Evidence;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.Council;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.domain.ScoreSheet;
import vn.vinhdanh.review.service.ConflictPolicy;
import vn.vinhdanh.review.service.ReviewMapping;
import vn.vinhdanh.review.service.ReviewQueries;

/**
 * One case as its page shows it: the nomination as the council received it, each criterion with its evidence, the
 * reviewers and the council's seats (conflicts marked), the score sheets the caller may read, the ballot.
 */
@ApplicationScoped
class CaseDossier {

    private final ReviewQueries reviews;
    private final ReviewMapping mapping;
    private final ConflictPolicy conflicts;

    CaseDossier(ReviewQueries reviews, ReviewMapping mapping, ConflictPolicy conflicts) {
        this.reviews = reviews;
        this.mapping = mapping;
        this.conflicts = conflicts;
    }

    record Dossier(
            ReviewCase reviewCase,
            boolean overdue,
            NominationSubmitted nomination,
            List<CriterionEvidence> criteria,
            Council council,
            List<Seat> seats,
            List<String> assignees,
            List<ScoreSheet> sheets,
            Ballot ballot) {

        /** The name on the seat of {@code memberId}, or the id itself for a seat no longer on the council. */
        public String nameOf(String memberId) {
            return seats.stream()
                    .filter(s -> s.member().memberId().equals(memberId))
                    .map(s -> s.member().fullName)
                    .findFirst()
                    .orElse(memberId);
        }

        public boolean assigned(String memberId) {
            return assignees.contains(memberId);
        }

        /** Seats that may still be given the case: voting, not reviewing it yet, without a conflict. */
        public List<Seat> assignable() {
            return seats.stream()
                    .filter(s ->
                            s.member().position.votes() && !assigned(s.member().memberId()) && !s.conflicted())
                    .toList();
        }
    }

    record CriterionEvidence(Criterion criterion, String evidence) {}

    record Seat(CouncilMember member, boolean conflicted) {}

    Dossier of(UUID caseId) {
        ReviewQueries.CaseDetail detail = reviews.detail(caseId);
        ReviewCase reviewCase = detail.reviewCase();
        NominationSubmitted nomination = mapping.snapshotOf(reviewCase);
        Map<String, String> evidence = nomination.evidence() == null
                ? Map.of()
                : nomination.evidence().stream()
                        .collect(Collectors.toMap(Evidence::criterionCode, Evidence::text, (a, b) -> a + "\n" + b));
        List<CriterionEvidence> criteria = detail.criteria().stream()
                .map(c -> new CriterionEvidence(c, evidence.getOrDefault(c.code(), "")))
                .toList();
        Council council = reviewCase.councilId == null ? null : Council.findById(reviewCase.councilId);
        List<CouncilMember> members = council == null ? List.of() : council.members();
        Set<String> conflicted = conflicts.conflicted(reviewCase, members);
        List<Seat> seats = members.stream()
                .map(m -> new Seat(m, conflicted.contains(m.memberId())))
                .toList();
        return new Dossier(
                reviewCase,
                detail.overdue(),
                nomination,
                criteria,
                council,
                seats,
                detail.assignees(),
                reviews.visibleSheets(caseId),
                Ballot.findById(caseId));
    }

    /** The councils by id, for lists that name each case's council. */
    static Map<UUID, Council> councils(List<Council> councils) {
        return councils.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
    }
}
