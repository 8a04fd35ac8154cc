package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.CouncilPosition;
import vn.vinhdanh.review.domain.ReviewCase;

/**
 * What the chair of a council rules on: every conflict of interest on the council's open cases, declared or from the
 * nominating agency, not yet overridden. The chair need not review a case to rule on its conflicts, and reads only
 * who is conflicted and why, not the dossier.
 */
@ApplicationScoped
public class ChairConflicts {

    private final ConflictPolicy conflicts;

    public ChairConflicts(ConflictPolicy conflicts) {
        this.conflicts = conflicts;
    }

    public record Pending(ReviewCase reviewCase, CouncilMember member, ConflictReason reason) {

        /** How a form names this conflict: the case and the member. */
        public String choice() {
            return reviewCase.id + " " + member.memberId();
        }
    }

    /** The conflicts on the open cases of the councils {@code seat} chairs, by case then member; none for another seat. */
    @Transactional
    public List<Pending> awaitingRuling(String seat) {
        if (seat == null) {
            return List.of();
        }
        List<UUID> chaired =
                CouncilMember.<CouncilMember>list("key.memberId = ?1 and position = ?2", seat, CouncilPosition.CHAIR)
                        .stream()
                        .map(m -> m.key.councilId())
                        .toList();
        if (chaired.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ReviewCase>> casesByCouncil = ReviewCase.<ReviewCase>list(
                        "councilId in ?1 and status = ?2 order by openedAt", chaired, CaseStatus.OPEN)
                .stream()
                .collect(Collectors.groupingBy(c -> c.councilId));
        List<Pending> pending = new ArrayList<>();
        // two queries per seat whatever the number of cases
        CouncilMember.<CouncilMember>list("key.councilId in ?1 order by position, key.memberId", chaired)
                .forEach(member -> {
                    List<ReviewCase> cases = casesByCouncil.getOrDefault(member.key.councilId(), List.of());
                    conflicts
                            .conflictsOf(cases, member)
                            .forEach((caseId, reason) -> cases.stream()
                                    .filter(c -> c.id.equals(caseId))
                                    .findFirst()
                                    .ifPresent(c -> pending.add(new Pending(c, member, reason))));
                });
        pending.sort(Comparator.comparing((Pending p) -> p.reviewCase().openedAt)
                .thenComparing(p -> p.reviewCase().id)
                .thenComparing(p -> p.member().position));
        return pending;
    }
}
