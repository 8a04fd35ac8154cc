package vn.vinhdanh.award.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A caller's {@code Idempotency-Key} for creating a decision, and the request it was first used with. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    /** SHA-256 of the request as understood (canonical JSON): the same key with another body is refused. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embeddable
    public record Key(@Column(name = "caller") String caller,
            @Column(name = "idempotency_key") String idempotencyKey) implements Serializable {
    }
}
