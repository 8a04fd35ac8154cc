package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import vn.vinhdanh.events.NomineeKind;

/** An emulation title or commendation form of the catalogue. */
@Entity
@Table(name = "award_type")
public class AwardType extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recipient recipient;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    /** Collectives receive this many times the individual amount (2 for certificates of merit and commendation). */
    @Column(name = "collective_factor", nullable = false)
    public BigDecimal collectiveFactor;

    /**
     * A household receives this many times the individual amount (1.5 for certificates of merit and commendation,
     * reported for NĐ 152/2025); null where the type does not go to households, unless it is a household's own title.
     */
    @Column(name = "household_factor")
    public BigDecimal householdFactor;

    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_kind", nullable = false)
    public CertificateKind certificateKind;

    /**
     * Decided above the province: the province only proposes it, so an approval of it becomes an upward proposal, not
     * a draft, and no provincial decision grants it. Always {@code decidedAbove != null}, kept for the API's readers.
     */
    @Column(name = "decided_by_state", nullable = false)
    public boolean decidedByState;

    /** An emulation title or a commendation form; null for a type not classified, which no rule of payment groups. */
    @Enumerated(EnumType.STRING)
    public AwardCategory category;
    /**
     * Who decides it above the province: the President (the orders, the state honorary titles) or the Prime Minister
     * (Chiến sĩ thi đua toàn quốc, his Bằng khen, the Government's Cờ thi đua); null for the province's own forms and
     * those below it.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "decided_above")
    public Authority decidedAbove;

    /** Whether a nominee of this kind may receive the type. */
    public boolean accepts(NomineeKind kind) {
        if (kind == NomineeKind.HOUSEHOLD && recipient == Recipient.ANY) {
            return householdFactor != null;
        }
        return recipient.names(kind);
    }

    /** The kinds of nominee it goes to, in the order of {@link NomineeKind}: what the catalogue publishes. */
    public List<NomineeKind> recipientKinds() {
        return Arrays.stream(NomineeKind.values()).filter(this::accepts).toList();
    }

    /** How many times the individual amount a recipient of this kind receives. */
    public BigDecimal factorFor(NomineeKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> BigDecimal.ONE;
            case COLLECTIVE -> collectiveFactor;
            case HOUSEHOLD -> householdFactor == null ? BigDecimal.ONE : householdFactor;
        };
    }
}
