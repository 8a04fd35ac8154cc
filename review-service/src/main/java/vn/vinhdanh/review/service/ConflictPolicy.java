package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.vinhdanh.review.domain.CaseMemberKey;
import vn.vinhdanh.review.domain.ConflictDeclaration;
import vn.vinhdanh.review.domain.ConflictOverride;
import vn.vinhdanh.review.domain.CouncilMember;
import vn.vinhdanh.review.domain.ReviewCase;

/**
 * A council member has a conflict of interest on a case when they come from the nominating agency or declared one;
 * only the chair's override lifts it. A conflicted member is never assigned, and cannot see, score or vote on the case.
 */
@ApplicationScoped
public class ConflictPolicy {

    /** Why the member is conflicted on the case, or empty when they are free to judge it. */
    public Optional<ConflictReason> conflictOf(ReviewCase reviewCase, String memberId) {
        CaseMemberKey key = new CaseMemberKey(reviewCase.id, memberId);
        if (ConflictOverride.findById(key) != null) {
            return Optional.empty();
        }
        ConflictDeclaration declared = ConflictDeclaration.findById(key);
        if (declared != null) {
            return Optional.of(declaredBecause(declared));
        }
        if (reviewCase.councilId != null) {
            Optional<CouncilMember> member = CouncilMember.of(reviewCase.councilId, memberId);
            if (member.isPresent() && fromNominatingAgency(reviewCase, member.get())) {
                return Optional.of(nominatingAgency(reviewCase));
            }
        }
        return Optional.empty();
    }

    /**
     * The cases among {@code cases} on which {@code member} is conflicted, with the reason, in two queries whatever
     * their number: the same rules as {@link #conflictOf}, for a member voting on a whole agenda.
     */
    public Map<UUID, ConflictReason> conflictsOf(Collection<ReviewCase> cases, CouncilMember member) {
        Map<UUID, ConflictReason> conflicted = new HashMap<>();
        if (cases.isEmpty()) {
            return conflicted;
        }
        List<UUID> caseIds = cases.stream().map(c -> c.id).toList();
        Set<UUID> overridden = new HashSet<>();
        ConflictOverride.<ConflictOverride>list("key.caseId in ?1 and key.memberId = ?2", caseIds, member.memberId())
                .forEach(o -> overridden.add(o.key.caseId()));
        Map<UUID, ConflictReason> declared = new HashMap<>();
        ConflictDeclaration.<ConflictDeclaration>list(
                        "key.caseId in ?1 and key.memberId = ?2", caseIds, member.memberId())
                .forEach(d -> declared.put(d.key.caseId(), declaredBecause(d)));
        for (ReviewCase reviewCase : cases) {
            if (overridden.contains(reviewCase.id)) {
                continue;
            }
            if (declared.containsKey(reviewCase.id)) {
                conflicted.put(reviewCase.id, declared.get(reviewCase.id));
            } else if (reviewCase.councilId != null && reviewCase.councilId.equals(member.key.councilId())) {
                if (fromNominatingAgency(reviewCase, member)) {
                    conflicted.put(reviewCase.id, nominatingAgency(reviewCase));
                }
            } else {
                conflictOf(reviewCase, member.memberId()).ifPresent(why -> conflicted.put(reviewCase.id, why));
            }
        }
        return conflicted;
    }

    /** The conflicted members among {@code members} on one case, in two queries whatever their number. */
    public Set<String> conflicted(ReviewCase reviewCase, Collection<CouncilMember> members) {
        return conflicted(List.of(reviewCase), c -> members).getOrDefault(reviewCase.id, Set.of());
    }

    /**
     * The conflicted members of each case among the seats {@code seatsOf} gives for it, in two queries whatever the
     * number of cases and members: declared conflicts and the nominating agency's members, less the chair's
     * overrides.
     */
    public Map<UUID, Set<String>> conflicted(
            Collection<ReviewCase> cases, Function<ReviewCase, Collection<CouncilMember>> seatsOf) {
        Map<UUID, Set<String>> byCase = new HashMap<>();
        if (cases.isEmpty()) {
            return byCase;
        }
        List<UUID> caseIds = cases.stream().map(c -> c.id).toList();
        ConflictDeclaration.<ConflictDeclaration>list("key.caseId in ?1", caseIds)
                .forEach(d -> byCase.computeIfAbsent(d.key.caseId(), k -> new HashSet<>())
                        .add(d.key.memberId()));
        Map<UUID, Set<String>> overridden = new HashMap<>();
        ConflictOverride.<ConflictOverride>list("key.caseId in ?1", caseIds)
                .forEach(o -> overridden
                        .computeIfAbsent(o.key.caseId(), k -> new HashSet<>())
                        .add(o.key.memberId()));
        for (ReviewCase reviewCase : cases) {
            Set<String> conflicted = byCase.computeIfAbsent(reviewCase.id, k -> new HashSet<>());
            seatsOf.apply(reviewCase).stream()
                    .filter(m -> fromNominatingAgency(reviewCase, m))
                    .forEach(m -> conflicted.add(m.memberId()));
            conflicted.removeAll(overridden.getOrDefault(reviewCase.id, Set.of()));
        }
        return byCase;
    }

    private static boolean fromNominatingAgency(ReviewCase reviewCase, CouncilMember member) {
        return reviewCase.agencyCode.equals(member.agencyCode);
    }

    private static ConflictReason nominatingAgency(ReviewCase reviewCase) {
        return ConflictReason.nominatingAgency(reviewCase.agencyCode);
    }

    private static ConflictReason declaredBecause(ConflictDeclaration declaration) {
        return ConflictReason.declared(declaration.reason);
    }
}
