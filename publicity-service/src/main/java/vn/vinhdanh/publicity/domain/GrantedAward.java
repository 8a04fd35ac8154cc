package vn.vinhdanh.publicity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What award-service granted a nomination, kept until (or after) its feature exists. */
@Entity
@Table(name = "granted_award")
public class GrantedAward extends PanacheEntityBase {

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;

    @Column(name = "award_name", nullable = false)
    public String awardName;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
