package vn.vinhdanh.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.problem.ProblemException;

/**
 * {@code Idempotency-Key} (draft-ietf-httpapi-idempotency-key-header) for a POST that creates something: a retry
 * returns what the first request created instead of a twin; the same key with a different body is a client error
 * (422 {@code idempotency-key-reused}). Keys belong to the caller: two callers may use the same key.
 *
 * <p>The key row is claimed before the resource is written, in the same transaction, already naming the id the
 * resource will get (so no second statement has to fill it in). A concurrent request with the same key waits on the
 * row's primary key until the first commits, then finds the key taken; if the first rolls back, the key is free again
 * and the second takes over.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The request header (draft-ietf-httpapi-idempotency-key-header). */
    public static final String HEADER = "Idempotency-Key";
    /** The response header that marks an answer as the replay of what an earlier request created. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Caller caller;
    private final Clock clock;

    public IdempotencyKeys(EntityManager entityManager, ObjectMapper objectMapper, Caller caller, Clock clock) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * @param resourceId the id the resource of this request will have if this request claims the key; the caller must
     *                   then create it with exactly this id, in this transaction
     * @return what an earlier request with this key created, or empty when this request claimed the key and must go
     *         on to create it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> claim(String idempotencyKey, Object request, UUID resourceId) {
        String hash = hash(request);
        int claimed = entityManager
                .createNativeQuery("""
                insert into idempotency_key (caller, idempotency_key, request_hash, resource_id, created_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (caller, idempotency_key) do nothing""")
                .setParameter(1, caller.id())
                .setParameter(2, idempotencyKey)
                .setParameter(3, hash)
                .setParameter(4, resourceId)
                .setParameter(5, Instant.now(clock))
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        IdempotencyKey earlier = IdempotencyKey.findById(new IdempotencyKey.Key(caller.id(), idempotencyKey));
        if (!earlier.requestHash.equals(hash)) {
            throw ProblemException.unprocessable(
                    "idempotency-key-reused",
                    "Idempotency-Key '" + idempotencyKey + "' was already used with a different request body",
                    "Khóa chống gửi trùng '" + idempotencyKey + "' đã được dùng cho một yêu cầu khác");
        }
        return Optional.of(earlier.resourceId);
    }

    /**
     * Creates a resource once per key: without a key (null) it simply creates one; with a key, the first request
     * claims it and creates, and a retry gets back what the first created.
     *
     * @param request what identifies the request's content (its body, or the command read from it)
     * @param create  writes the resource with the id it is given, in the caller's transaction
     * @param find    reads a resource an earlier request created
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Creation<T> createOnce(
            String idempotencyKey, Object request, Function<UUID, T> create, Function<UUID, T> find) {
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            Optional<UUID> earlier = claim(idempotencyKey, request, id);
            if (earlier.isPresent()) {
                return new Creation<>(find.apply(earlier.get()), true);
            }
        }
        return new Creation<>(create.apply(id), false);
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
