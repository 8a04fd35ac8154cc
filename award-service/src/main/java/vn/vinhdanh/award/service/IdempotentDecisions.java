package vn.vinhdanh.award.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.IdempotencyKey;
import vn.vinhdanh.problem.ProblemException;

/**
 * {@code Idempotency-Key} for creating decisions (draft-ietf-httpapi-idempotency-key-header), as nomination-service
 * does for submissions: a retried POST returns the decision the first one created instead of a twin; the same key
 * with a different body is refused (422 idempotency-key-reused).
 *
 * <p>The key row is claimed before the decision is written, in the same transaction. A concurrent request with the
 * same key waits on the row's primary key until the first commits, then finds the key taken; if the first rolls back
 * (e.g. 409 award-already-in-decision), the key is free again.
 */
@ApplicationScoped
public class IdempotentDecisions {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Caller caller;

    public IdempotentDecisions(EntityManager entityManager, ObjectMapper objectMapper, Caller caller) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.caller = caller;
    }

    /**
     * @return the decision an earlier request with this key created, or empty when this request claimed the key and
     *         must go on to create one (then call {@link #complete})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> claim(String idempotencyKey, Object request) {
        String hash = hash(request);
        int claimed = entityManager.createNativeQuery("""
                insert into idempotency_key (caller, idempotency_key, request_hash, created_at)
                values (?1, ?2, ?3, now())
                on conflict (caller, idempotency_key) do nothing""")
                .setParameter(1, caller.id())
                .setParameter(2, idempotencyKey)
                .setParameter(3, hash)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        IdempotencyKey earlier = IdempotencyKey.findById(new IdempotencyKey.Key(caller.id(), idempotencyKey));
        if (!earlier.requestHash.equals(hash)) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "Idempotency-Key '" + idempotencyKey + "' was already used with a different request body");
        }
        return Optional.of(earlier.decisionId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String idempotencyKey, UUID decisionId) {
        entityManager.createNativeQuery("""
                update idempotency_key set decision_id = ?3 where caller = ?1 and idempotency_key = ?2""")
                .setParameter(1, caller.id())
                .setParameter(2, idempotencyKey)
                .setParameter(3, decisionId)
                .executeUpdate();
    }

    private String hash(Object request) {
        try {
            byte[] canonical = objectMapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
