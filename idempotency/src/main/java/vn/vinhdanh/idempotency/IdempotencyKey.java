package vn.vinhdanh.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A caller's {@code Idempotency-Key}, the request it was first used with and what that request created. The table
 * is created by each service's own migration:
 * {@code idempotency_key (caller, idempotency_key, request_hash, resource_id, created_at)}, primary key
 * {@code (caller, idempotency_key)}.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    /** SHA-256 of the request as understood (canonical JSON): the same key with another body is refused. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    /** What the first request created (a nomination, a decision); null until it is written. */
    @Column(name = "resource_id")
    public UUID resourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embeddable
    public record Key(
            @Column(name = "caller") String caller,
            @Column(name = "idempotency_key") String idempotencyKey) implements Serializable {}
}
