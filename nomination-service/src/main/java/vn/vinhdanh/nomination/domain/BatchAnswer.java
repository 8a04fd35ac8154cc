package vn.vinhdanh.nomination.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What a batch submitted with an Idempotency-Key answered: a retry with the same key and body gets it back and submits
 * nothing again. Its id is what the key's row names as the resource the batch created.
 */
@Entity
@Table(name = "nomination_batch_answer")
public class BatchAnswer extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The 200's body as it was sent (text, not jsonb: the replay is the same bytes): one result per item, in order. */
    @Column(nullable = false)
    public String results;

    /** The Content-Language of the answer: the refused items' problems are told in it. */
    @Column(nullable = false)
    public String language;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
