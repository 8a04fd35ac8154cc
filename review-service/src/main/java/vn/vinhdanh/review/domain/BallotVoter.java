package vn.vinhdanh.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** That a member has voted on a case, never how. */
@Entity
@Table(name = "review_ballot_voter")
public class BallotVoter extends PanacheEntityBase {

    @EmbeddedId
    public CaseMemberKey key;

    @Column(name = "in_writing", nullable = false)
    public boolean inWriting;
}
