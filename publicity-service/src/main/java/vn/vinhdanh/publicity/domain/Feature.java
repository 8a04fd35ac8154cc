package vn.vinhdanh.publicity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;

/** A press feature about one advanced model, from first draft to publication. */
@Entity
public class Feature extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "nomination_id", nullable = false, unique = true)
    public UUID nominationId;

    @Column(name = "review_case_id", nullable = false)
    public UUID reviewCaseId;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FeatureStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    public NomineeKind nomineeKind;

    @Column(name = "nominee_name", nullable = false)
    public String nomineeName;

    @Column(nullable = false)
    public String organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(name = "movement_name", nullable = false)
    public String movementName;

    @Column(name = "publicity_consent", nullable = false)
    public boolean publicityConsent;

    /** The nomination as approved (JSON of the event), so the draft can be rewritten when the award arrives. */
    @Column(name = "nomination_snapshot", nullable = false)
    public String nominationSnapshot;

    @Column(name = "award_name")
    public String awardName;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    /** Why this feature may not be published now, or null if it may. */
    public String publicationBlocker() {
        if (status != FeatureStatus.DRAFT) {
            return "feature is " + status + "; only a draft can be published";
        }
        if (nomineeKind == NomineeKind.INDIVIDUAL && !publicityConsent) {
            return "the nominee did not consent to publicity on the nomination; an individual's story needs it";
        }
        return null;
    }

    public void publish(Instant at) {
        String blocker = publicationBlocker();
        if (blocker != null) {
            throw ProblemException.conflict(status != FeatureStatus.DRAFT ? "invalid-transition" : "consent-missing",
                    blocker);
        }
        status = FeatureStatus.PUBLISHED;
        publishedAt = at;
        updatedAt = at;
    }
}
