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
    public Optional<String> conflictOf(ReviewCase reviewCase, String memberId) {
        CaseMemberKey key = new CaseMemberKey(reviewCase.id, memberId);
        if (ConflictOverride.findById(key) != null) {
            return Optional.empty();
        }
        ConflictDeclaration declared = ConflictDeclaration.findById(key);
        if (declared != null) {
            return Optional.of("declared: " + declared.reason);
        }
        if (reviewCase.councilId != null) {
            Optional<CouncilMember> member = CouncilMember.of(reviewCase.councilId, memberId);
            if (member.isPresent() && reviewCase.agencyCode.equals(member.get().agencyCode)) {
                return Optional.of("member of the nominating agency " + reviewCase.agencyCode);
            }
        }
        return Optional.empty();
    }

    /**
     * The cases among {@code cases} on which {@code member} is conflicted, with the reason, in two queries whatever
     * their number: the same rules as {@link #conflictOf}, for a member voting on a whole agenda.
     */
    public Map<UUID, String> conflictsOf(Collection<ReviewCase> cases, CouncilMember member) {
        Map<UUID, String> conflicted = new HashMap<>();
        if (cases.isEmpty()) {
            return conflicted;
        }
        List<UUID> caseIds = cases.stream().map(c -> c.id).toList();
        Set<UUID> overridden = new HashSet<>();
        ConflictOverride.<ConflictOverride>list("key.caseId in ?1 and key.memberId = ?2", caseIds, member.memberId())
                .forEach(o -> overridden.add(o.key.caseId()));
        Map<UUID, String> declared = new HashMap<>();
        ConflictDeclaration.<ConflictDeclaration>list("key.caseId in ?1 and key.memberId = ?2", caseIds,
                member.memberId()).forEach(d -> declared.put(d.key.caseId(), "declared: " + d.reason));
        for (ReviewCase reviewCase : cases) {
            if (overridden.contains(reviewCase.id)) {
                continue;
            }
            if (declared.containsKey(reviewCase.id)) {
                conflicted.put(reviewCase.id, declared.get(reviewCase.id));
            } else if (reviewCase.councilId != null && reviewCase.councilId.equals(member.key.councilId())) {
                if (reviewCase.agencyCode.equals(member.agencyCode)) {
                    conflicted.put(reviewCase.id, "member of the nominating agency " + reviewCase.agencyCode);
                }
            } else {
                conflictOf(reviewCase, member.memberId()).ifPresent(why -> conflicted.put(reviewCase.id, why));
            }
        }
        return conflicted;
    }

    /** The conflicted members among {@code members} on one case, in three queries whatever their number. */
    public Set<String> conflicted(ReviewCase reviewCase, Collection<CouncilMember> members) {
        Set<String> overridden = new HashSet<>();
        ConflictOverride.<ConflictOverride>list("key.caseId = ?1", reviewCase.id)
                .forEach(o -> overridden.add(o.key.memberId()));
        Set<String> conflicted = new HashSet<>();
        ConflictDeclaration.<ConflictDeclaration>list("key.caseId = ?1", reviewCase.id)
                .forEach(d -> conflicted.add(d.key.memberId()));
        members.stream().filter(m -> reviewCase.agencyCode.equals(m.agencyCode))
                .forEach(m -> conflicted.add(m.memberId()));
        conflicted.removeAll(overridden);
        return conflicted;
    }

    /** Declared conflicts of several cases in one query, for bulk assignment. */
    public Map<UUID, Set<String>> declared(Collection<UUID> caseIds, Map<UUID, Set<String>> overrides) {
        Map<UUID, Set<String>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        ConflictDeclaration.<ConflictDeclaration>list("key.caseId in ?1", caseIds)
                .forEach(d -> byCase.computeIfAbsent(d.key.caseId(), k -> new HashSet<>()).add(d.key.memberId()));
        ConflictOverride.<ConflictOverride>list("key.caseId in ?1", caseIds)
                .forEach(o -> overrides.computeIfAbsent(o.key.caseId(), k -> new HashSet<>()).add(o.key.memberId()));
        return byCase;
    }

    public List<ConflictDeclaration> declarations(UUID caseId) {
        return ConflictDeclaration.list("key.caseId = ?1 order by declaredAt", caseId);
    }

    public List<ConflictOverride> overrides(UUID caseId) {
        return ConflictOverride.list("key.caseId = ?1 order by overriddenAt", caseId);
    }
}
