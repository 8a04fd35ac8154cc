package vn.vinhdanh.nomination.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;

/** An emulation movement (phong trào thi đua) that nominations are made in. */
@Entity
public class Movement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MovementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(nullable = false)
    public int year;

    public String organizer;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** First and last year of a movement that runs several years (thematic movements); null for one year. */
    @Column(name = "period_from_year")
    public Integer periodFromYear;

    @Column(name = "period_to_year")
    public Integer periodToYear;

    /** Sơ kết: the preliminary review of the movement, when planned. */
    @Column(name = "preliminary_review_on")
    public LocalDate preliminaryReviewOn;

    /** Tổng kết: the final review of the movement, when planned. */
    @Column(name = "final_review_on")
    public LocalDate finalReviewOn;

    /** The version of the criteria that new nominations are judged against; 0 is the empty set every movement starts with. */
    @Column(name = "criteria_version", nullable = false)
    public int criteriaVersion;

    /**
     * The last day of the period this movement's nominations are for: 31 December of {@code period.toYear}, or of
     * {@code year} for a one-year movement. Intake judges the nomination's level and its title's grant on this day,
     * not on the day it is submitted.
     *
     * <p>Why this day: a nomination carries no dates of its own; the achievement it puts forward is the one of its
     * movement's period (a regular movement's year, a thematic one's years). The level that reviews it and the
     * authority that decides it are those that exist when the period is over and its achievements can be judged, so
     * a 2024 district-level achievement is still a district's to decide when it is entered in 2026, while a 2025 or
     * later one, whose period ends after districts were abolished (1 July 2025), is not. Unlike today's date, the day
     * stays the same for the draft, the submission, an amendment after a return and a title correction of the same
     * nomination.
     */
    public LocalDate periodEnd() {
        return LocalDate.of(periodToYear != null ? periodToYear : year, 12, 31);
    }

    public static Optional<Movement> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
