package vn.vinhdanh.nomination.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;

/**
 * A title or form of award-service's catalogue, as last published ({@code award-type.published.v1}): what a nomination
 * may propose, for whom, and who grants it at which level and when. Written only by the catalogue's consumer.
 */
@Entity
@Table(name = "award_title")
public class AwardTitle extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "for_individuals", nullable = false)
    public boolean forIndividuals;

    @Column(name = "for_collectives", nullable = false)
    public boolean forCollectives;

    /** Since V12; false for every title published before award-service named households. */
    @Column(name = "for_households", nullable = false)
    public boolean forHouseholds;

    /** award-service's revision of the entry; an older publication arriving late is ignored. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    /** Batched, so a page of titles loads its grants in one more query. */
    @ElementCollection
    @CollectionTable(name = "award_title_grant", joinColumns = @JoinColumn(name = "award_code"))
    @BatchSize(size = 200)
    public List<Grant> grants = new ArrayList<>();

    public boolean accepts(NomineeKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> forIndividuals;
            case COLLECTIVE -> forCollectives;
            case HOUSEHOLD -> forHouseholds;
        };
    }

    /** The kinds of nominee it may go to, in the order of {@link NomineeKind}. */
    public List<NomineeKind> recipientKinds() {
        return Arrays.stream(NomineeKind.values()).filter(this::accepts).toList();
    }

    /** The grants at {@code level} in force on {@code date}. */
    public List<Grant> grantsAt(Level level, LocalDate date) {
        return grants.stream()
                .filter(grant -> grant.level == level && grant.appliesOn(date))
                .toList();
    }

    /** One authority granting the title at one level for decisions dated in [validFrom, validTo]. */
    @Embeddable
    public static class Grant {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Level level;

        @Column(nullable = false)
        public String authority;

        @Column(name = "authority_name_vi", nullable = false)
        public String authorityNameVi;

        @Column(name = "valid_from", nullable = false)
        public LocalDate validFrom;

        /** Inclusive; null while in force. */
        @Column(name = "valid_to")
        public LocalDate validTo;

        public boolean appliesOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
        }
    }
}
