package vn.vinhdanh.nomination.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.vinhdanh.nomination.service.PossibleDuplicateException;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;

/**
 * Problem details as a JSON object, for the batch results (one per refused item) and for {@code possible-duplicate},
 * which carries the extension member {@code existingNominationId}.
 */
public class ProblemBodies {

    @ServerExceptionMapper
    public Response possibleDuplicate(PossibleDuplicateException e, UriInfo uri) {
        return Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(of(e, uri.getRequestUri().getRawPath()))
                .build();
    }

    static Map<String, Object> of(ProblemException e, String instance) {
        Map<String, Object> body = of(e.toProblem(instance));
        if (e instanceof PossibleDuplicateException duplicate && duplicate.existingNominationId() != null) {
            body.put("existingNominationId", duplicate.existingNominationId());
        }
        return body;
    }

    static Map<String, Object> of(Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        if (problem.instance() != null) {
            body.put("instance", problem.instance());
        }
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            body.put("errors", problem.errors());
        }
        return body;
    }

    static Map<String, Object> validation(List<Problem.FieldError> errors, String instance) {
        String detail = String.join(
                "; ", errors.stream().map(e -> e.field() + ": " + e.reason()).toList());
        return of(new Problem(Problem.type("validation"), "Invalid request", 400, detail, instance, errors));
    }
}
