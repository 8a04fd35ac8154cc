package vn.vinhdanh.nomination.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.vinhdanh.nomination.service.PossibleDuplicateException;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.problem.ProblemLanguage;

/**
 * Problem details as a JSON object, for the batch results (one per refused item) and for {@code possible-duplicate},
 * which carries the extension member {@code existingNominationId}.
 */
public class ProblemBodies {

    @ServerExceptionMapper
    public Response possibleDuplicate(PossibleDuplicateException e, UriInfo uri, HttpHeaders headers) {
        // told in the request's language, as every other problem (and as a batch item's)
        ProblemLanguage language = ProblemLanguage.of(headers);
        return Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(of(e, uri.getRequestUri().getRawPath(), language))
                .build();
    }

    /** As the exception mappers tell {@code e} to a client that prefers {@code language}: the same members. */
    static Map<String, Object> of(ProblemException e, String instance, ProblemLanguage language) {
        Map<String, Object> body = of(e.toProblem(instance, language));
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
}
