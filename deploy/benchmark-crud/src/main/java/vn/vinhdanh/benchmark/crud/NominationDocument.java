package vn.vinhdanh.benchmark.crud;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The nomination as a plain entity: the row a typical CRUD service writes, and nothing else. */
@Entity
@Table(name = "nomination_document")
public class NominationDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "movement_id")
    public UUID movementId;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "nominee_kind")
    public String nomineeKind;

    @Column(name = "nominee_name")
    public String nomineeName;

    @Column(name = "nominee_gender")
    public String nomineeGender;

    @Column(name = "nominee_birth_year")
    public Integer nomineeBirthYear;

    @Column(name = "nominee_ethnicity")
    public String nomineeEthnicity;

    @Column(name = "nominee_position")
    public String nomineePosition;

    @Column(name = "nominee_organization")
    public String nomineeOrganization;

    @Column(name = "nominee_target_group")
    public String nomineeTargetGroup;

    public String level;
    public String sector;

    @Column(name = "proposed_award")
    public String proposedAward;

    public String achievements;

    @Column(name = "good_practices")
    public String goodPractices;

    @Column(name = "publicity_consent")
    public boolean publicityConsent;

    public String status;

    @Column(name = "submitted_at")
    public Instant submittedAt;
}
