package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;

/** The council's file on one nomination in one round. */
@Entity
@Table(name = "review_case")
public class ReviewCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Column(name = "nomination_revision", nullable = false)
    public int nominationRevision;

    @Column(nullable = false)
    public int round;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "nominee_name", nullable = false)
    public String nomineeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    public NomineeKind nomineeKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    @Column(name = "proposed_award", nullable = false)
    public String proposedAward;

    /** The nomination exactly as submitted (JSON of the event): what the council judged, whatever changes later. */
    @Column(name = "nomination_snapshot", nullable = false)
    public String nominationSnapshot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    public ReviewOutcome outcome;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Version
    public long version;

    public void decide(ReviewOutcome outcome, String reason, String decidedBy, Instant at, LocalDate decisionDate) {
        if (status == CaseStatus.DECIDED) {
            throw ProblemException.conflict("already-decided",
                    "review case " + id + " was already decided " + this.outcome + " on " + this.decisionDate);
        }
        if (outcome != ReviewOutcome.APPROVED && (reason == null || reason.isBlank())) {
            throw ProblemException.invalidField("reason", outcome == ReviewOutcome.RETURNED
                    ? "say what information is missing" : "say why the nomination is rejected");
        }
        this.status = CaseStatus.DECIDED;
        this.outcome = outcome;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
        this.decisionDate = decisionDate;
    }

    public static int nextRound(UUID nominationId) {
        Integer last = find("select max(c.round) from ReviewCase c where c.nominationId = ?1", nominationId)
                .project(Integer.class).firstResult();
        return last == null ? 1 : last + 1;
    }
}
