package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;
import vn.vinhdanh.nomination.domain.BatchAnswer;
import vn.vinhdanh.nomination.service.NominationBatch;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.problem.ProblemLanguage;

/**
 * Reads the items of a batch body one by one, exactly as a single POST reads its body ({@link NominationBodies}), and
 * hands each readable one to {@link NominationBatch}; answers for each item what a single POST would have answered,
 * its problem told in the request's language. With an Idempotency-Key the whole answer is kept ({@link BatchAnswer})
 * and a retry with the same key and body gets it back instead of submitting again.
 */
@ApplicationScoped
public class BatchSubmissions {

    private static final TypeReference<List<BatchItemResult>> RESULTS = new TypeReference<>() {};

    private final ObjectMapper objectMapper;
    private final NominationBodies bodies;
    private final NominationBatch batch;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    public BatchSubmissions(
            ObjectMapper objectMapper,
            NominationBodies bodies,
            NominationBatch batch,
            IdempotencyKeys idempotency,
            Clock clock) {
        this.objectMapper = objectMapper;
        this.bodies = bodies;
        this.batch = batch;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * The answer of a batch: its results, the language their problems are told in, and whether it is the replay of
     * the answer an earlier request with the same Idempotency-Key got.
     */
    public record Answer(List<BatchItemResult> results, ProblemLanguage language, boolean replayed) {}

    /** Without an Idempotency-Key: each item in its own transaction, none around them. */
    public Answer submit(List<JsonNode> items, String instance, ProblemLanguage language) {
        return new Answer(results(items, instance, language), language, false);
    }

    /**
     * With an Idempotency-Key: the key is claimed (and a concurrent retry waits on it) in a transaction around the
     * items' own; the answer is stored in it, under the id the key names. The items still commit one by one.
     */
    @Transactional
    // 500 items on a busy machine take longer than the default 60 s; the key's transaction must outlive them
    @TransactionConfiguration(timeout = 600)
    public Answer submitOnce(String idempotencyKey, BatchRequest request, String instance, ProblemLanguage language) {
        Creation<BatchAnswer> creation = idempotency.createOnce(
                idempotencyKey,
                request,
                id -> {
                    BatchAnswer answer = new BatchAnswer();
                    answer.id = id;
                    answer.results = write(results(request.items(), instance, language));
                    answer.language = language.tag();
                    answer.createdAt = Instant.now(clock);
                    answer.persist();
                    return answer;
                },
                id -> BatchAnswer.<BatchAnswer>findById(id));
        BatchAnswer answer = creation.resource();
        return new Answer(
                read(answer.results),
                ProblemLanguage.VIETNAMESE.tag().equals(answer.language)
                        ? ProblemLanguage.VIETNAMESE
                        : ProblemLanguage.ENGLISH,
                creation.replayed());
    }

    private List<BatchItemResult> results(List<JsonNode> items, String instance, ProblemLanguage language) {
        List<BatchItemResult> results = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            results.add(submitItem(index, items.get(index), instance, language));
        }
        return results;
    }

    private BatchItemResult submitItem(int index, JsonNode item, String instance, ProblemLanguage language) {
        String itemInstance = instance + "#items[" + index + "]";
        NominationRequest request;
        try {
            request = bodies.submission(item);
        } catch (ProblemException e) {
            return refused(index, ProblemBodies.of(e, itemInstance, language), e.status());
        }
        NominationBatch.Outcome outcome = batch.submit(index, request.toCommand());
        if (outcome.refusal() != null) {
            return refused(
                    index,
                    ProblemBodies.of(outcome.refusal(), itemInstance, language),
                    outcome.refusal().status());
        }
        return new BatchItemResult(index, 201, outcome.id(), null);
    }

    private static BatchItemResult refused(int index, Map<String, Object> problem, int status) {
        return new BatchItemResult(index, status, null, problem);
    }

    private String write(List<BatchItemResult> results) {
        try {
            return objectMapper.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("batch results cannot be serialised", e);
        }
    }

    private List<BatchItemResult> read(String results) {
        try {
            return objectMapper.readValue(results, RESULTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored batch answer is unreadable", e);
        }
    }
}
