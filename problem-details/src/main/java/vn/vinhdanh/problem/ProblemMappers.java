package vn.vinhdanh.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves as {@code application/problem+json}. Client mistakes get the field and the reason; server faults
 * get an opaque reference that is also in the log, never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper objectMapper;
    private final AllowedMethods allowedMethods;

    public ProblemMappers(ObjectMapper objectMapper, AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
        this.objectMapper = objectMapper;
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return respond(ProblemException.englishOnly(List.of(new Problem.FieldError(e.parameter(), e.reason())))
                .toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(FieldNames::isMissingBody)) {
            // an empty body is not valid JSON either; it has no field to name
            return respond(new Problem(
                    Problem.type("malformed-json"),
                    "Malformed JSON",
                    400,
                    "the request body is empty; a JSON object is expected",
                    path(uri),
                    null));
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(FieldNames.of(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream()
                .map(error -> error.field() + ": " + error.reason())
                .collect(Collectors.joining("; "));
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400, detail, path(uri), errors));
    }

    /** Named explicitly: Quarkus' own mappers for these subtypes would otherwise win and answer plain JSON. */
    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isOnReturnValue)) {
            return serverError(e, uri);
        }
        return constraintViolation(e, uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response invalidJson(JsonProcessingException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    private static boolean isOnReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return respond(jsonProblem(json, path(uri)));
        }
        int status = e.getResponse().getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        if (status >= 500) {
            return serverError(e, uri);
        }
        Response problem =
                respond(new Problem(Problem.type(slug(title)), title, status, e.getMessage(), path(uri), null));
        // RFC 9110 15.5.6: a 405 must say which methods the resource does allow
        Object allow = e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
        if (status == 405 && allow == null && uri != null) {
            allow = allowedMethods.allowHeader(uri.getPath());
        }
        if (status == 405 && allow != null) {
            return Response.fromResponse(problem)
                    .header(HttpHeaders.ALLOW, allow)
                    .build();
        }
        return problem;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem(
                Problem.type("unauthenticated"),
                "Unauthorized",
                401,
                "a valid bearer token is required",
                path(uri),
                null);
        return Response.fromResponse(respond(problem))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(
                Problem.type("forbidden"),
                "Forbidden",
                403,
                "your role does not allow this operation",
                path(uri),
                null));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(new Problem(
                Problem.type("concurrent-modification"),
                "Conflict with the current state",
                409,
                "the resource was changed by someone else at the same time; read it again and retry",
                path(uri),
                null));
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, UriInfo uri) {
        ConstraintViolationException violation = causeOf(e, ConstraintViolationException.class);
        if (violation != null) {
            return constraintViolation(violation, uri);
        }
        ProblemException problem = causeOf(e, ProblemException.class);
        if (problem != null) {
            return problem(problem, uri);
        }
        return serverError(e, uri);
    }

    private Response serverError(Throwable e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, path(uri));
        return respond(new Problem(
                Problem.type("internal"),
                "Internal error",
                500,
                "The request could not be completed. Reference: " + reference,
                path(uri),
                null));
    }

    private Problem jsonProblem(JsonProcessingException e, String instance) {
        // a syntax error inside a list or a JsonNode reaches here wrapped in a mapping error with a path: still a
        // syntax error, not a field of the wrong type
        JsonParseException syntax = causeOf(e, JsonParseException.class);
        if (syntax != null) {
            return new Problem(
                    Problem.type("malformed-json"),
                    "Malformed JSON",
                    400,
                    "the request body is not valid JSON: " + syntax.getOriginalMessage(),
                    instance,
                    null);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = FieldNames.of(mapping);
            String reason = reasonOf(mapping);
            return new Problem(
                    Problem.type("validation"),
                    "Invalid request",
                    400,
                    field + ": " + reason,
                    instance,
                    List.of(new Problem.FieldError(field, reason)));
        }
        return new Problem(
                Problem.type("malformed-json"),
                "Malformed JSON",
                400,
                "the request body does not have the expected shape: " + e.getOriginalMessage(),
                instance,
                null);
    }

    private static String reasonOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            if (format.getTargetType().isEnum()) {
                return "'" + format.getValue() + "' is not one of "
                        + Arrays.toString(format.getTargetType().getEnumConstants());
            }
            return "'" + format.getValue() + "' is not a valid "
                    + format.getTargetType().getSimpleName();
        }
        return "has the wrong type or format";
    }

    private Response respond(Problem problem) {
        try {
            return Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(objectMapper.writeValueAsString(problem))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem details cannot be serialised", e);
        }
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
