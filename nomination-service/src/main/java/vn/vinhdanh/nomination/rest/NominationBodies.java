package vn.vinhdanh.nomination.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import vn.vinhdanh.nomination.service.NominationChecks;
import vn.vinhdanh.nomination.service.SubmitNomination;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.problem.TolerantJson;

/**
 * The nomination body of a submission (single or a batch item) and of an amendment, read so that a body with
 * something to fix is refused once with every field to fix: the fields of the wrong type, the unknown fields, the
 * constraints of {@link NominationRequest} and the use case's rules that can be judged on what did read
 * ({@link NominationChecks}). A body with nothing to fix reads as it always has; the use case then checks it.
 */
@ApplicationScoped
public class NominationBodies {

    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final NominationChecks checks;

    public NominationBodies(ObjectMapper objectMapper, Validator validator, NominationChecks checks) {
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.checks = checks;
    }

    /** @throws ProblemException 400 naming every field to fix, or {@code malformed-json} */
    public NominationRequest submission(JsonNode body) {
        return read(body, checks::ofSubmission);
    }

    /** @throws ProblemException 400 naming every field to fix, or {@code malformed-json} */
    public NominationRequest amendment(UUID id, JsonNode body) {
        return read(body, revised -> checks.ofAmendment(id, revised));
    }

    private NominationRequest read(JsonNode body, Function<SubmitNomination, List<ProblemException>> rules) {
        TolerantJson.Reading<NominationRequest> reading =
                TolerantJson.read(objectMapper, validator, body, NominationRequest.class);
        if (reading.isValid()) {
            return reading.value();
        }
        List<ProblemException> refused = reading.value() == null
                ? List.of()
                : rules.apply(reading.value().toCommand());
        throw reading.refusal(refused);
    }
}
