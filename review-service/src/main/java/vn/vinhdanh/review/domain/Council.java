package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.vinhdanh.events.Level;

/** An emulation and commendation council (hội đồng thi đua – khen thưởng) of one level for a period. */
@Entity
@Table(name = "council")
public class Council extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Null while the council's term is open-ended. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The council in force for a level on a day; when terms overlap, the one that started last (then was created last). */
    public static Optional<Council> inForce(Level level, LocalDate day) {
        return find(
                        "level = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2)"
                                + " order by validFrom desc, createdAt desc",
                        level,
                        day)
                .firstResultOptional();
    }

    public List<CouncilMember> members() {
        return CouncilMember.list("key.councilId = ?1 order by position, key.memberId", id);
    }
}
