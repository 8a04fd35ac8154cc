package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A council member's assignment to review one case. */
@Entity
@Table(name = "review_assignment")
public class Assignment extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Embeddable
    public record Key(
            @Column(name = "case_id") UUID caseId,
            @Column(name = "member_id") String memberId) implements Serializable {}

    public static boolean exists(UUID caseId, String memberId) {
        return count("key.caseId = ?1 and key.memberId = ?2", caseId, memberId) > 0;
    }

    /** The reviewers of each of the given cases, by member id, in one query. */
    public static Map<UUID, List<String>> assigneesOf(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return Assignment.<Assignment>list("key.caseId in ?1 order by key.memberId", caseIds).stream()
                .collect(Collectors.groupingBy(
                        a -> a.key.caseId(), Collectors.mapping(a -> a.key.memberId(), Collectors.toList())));
    }
}
