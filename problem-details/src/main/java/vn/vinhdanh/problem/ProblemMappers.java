package vn.vinhdanh.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
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
    public Response invalidParameter(InvalidParameterException e, UriInfo uri, HttpHeaders headers) {
        return respond(
                ProblemException.edge(
                        400,
                        "validation",
                        "Invalid request",
                        e.parameter() + ": " + e.reason(),
                        null,
                        List.of(new Problem.FieldError(e.parameter(), e.reason())),
                        Map.of(e.parameter(), e.vietnameseReason())),
                uri,
                headers);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getConstraintViolations().stream().anyMatch(FieldNames::isMissingBody)) {
            // an empty body is not valid JSON either; it has no field to name
            return respond(emptyBody(), uri, headers);
        }
        // the messages are interpolated in the request's language already (Accept-Language, quarkus.locales)
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(FieldNames.of(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream()
                .map(error -> error.field() + ": " + error.reason())
                .collect(Collectors.joining("; "));
        return respond(
                ProblemException.edge(400, "validation", "Invalid request", detail, detail, errors, Map.of()),
                uri,
                headers);
    }

    /** A request without a body where a JSON object is expected; {@link TolerantJson} too (the literal null). */
    static ProblemException emptyBody() {
        return ProblemException.edge(
                400,
                "malformed-json",
                "Malformed JSON",
                "the request body is empty; a JSON object is expected",
                "Yêu cầu không có nội dung; cần một đối tượng JSON",
                null,
                Map.of());
    }

    /** Named explicitly: Quarkus' own mappers for these subtypes would otherwise win and answer plain JSON. */
    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isOnReturnValue)) {
            return serverError(e, uri, headers);
        }
        return constraintViolation(e, uri, headers);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response invalidJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(jsonProblem(e), uri, headers);
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
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return respond(jsonProblem(json), uri, headers);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        if (status >= 500) {
            return serverError(e, uri, headers);
        }
        Response problem = respond(
                ProblemException.edge(
                        status,
                        slug(title),
                        title,
                        e.getMessage(),
                        ProblemLanguage.vietnameseTitle(status) + " (HTTP " + status + ")",
                        null,
                        Map.of()),
                uri,
                headers);
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
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        Response problem = respond(
                ProblemException.edge(
                        401,
                        "unauthenticated",
                        "Unauthorized",
                        "a valid bearer token is required",
                        "Cần một bearer token hợp lệ",
                        null,
                        Map.of()),
                uri,
                headers);
        return Response.fromResponse(problem)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(
                ProblemException.forbidden(
                        "your role does not allow this operation", "Vai trò của tài khoản không được làm việc này"),
                uri,
                headers);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(concurrentModificationProblem(), uri, headers);
    }

    private static ProblemException concurrentModificationProblem() {
        return ProblemException.conflict(
                "concurrent-modification",
                "the resource was changed by someone else at the same time; read it again and retry",
                "Dữ liệu vừa được người khác thay đổi cùng lúc; hãy đọc lại rồi thử lại");
    }

    /**
     * The 409 concurrent-modification when {@code e} is, or is caused by, a lost optimistic lock; else null. The
     * version check fails when the change is flushed, which is mostly at commit: then it arrives wrapped (the
     * transaction's RollbackException, in the interceptor's undeclared-exception wrapper), not as itself, and the
     * mapper of the exception type never sees it. A page that catches a use case's refusals asks this too.
     */
    public static ProblemException concurrentModification(Throwable e) {
        if (causeOf(e, OptimisticLockException.class) != null
                || causeOf(e, StaleStateException.class) != null
                || lostToAConcurrentTransaction(e)) {
            return concurrentModificationProblem();
        }
        return null;
    }

    /**
     * PostgreSQL refused the transaction because another one changed the same rows at the same time: a row it refers
     * to was deleted meanwhile (foreign key violation 23503: every reference is checked before it is written, so only
     * a concurrent delete gets here), a serialization failure (40001) or a deadlock (40P01). Retrying is the answer.
     */
    static boolean lostToAConcurrentTransaction(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if ("23503".equals(state) || "40001".equals(state) || "40P01".equals(state)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        ConstraintViolationException violation = causeOf(e, ConstraintViolationException.class);
        if (violation != null) {
            return constraintViolation(violation, uri, headers);
        }
        ProblemException problem = causeOf(e, ProblemException.class);
        if (problem != null) {
            return problem(problem, uri, headers);
        }
        ProblemException concurrent = concurrentModification(e);
        if (concurrent != null) {
            return respond(concurrent, uri, headers);
        }
        if (databaseUnreachable(e)) {
            LOG.warnf("Database unreachable on %s: %s", path(uri), e.getMessage());
            return respond(
                    ProblemException.unavailable(
                                    "database-unavailable",
                                    "the database cannot be reached at the moment (a restart or a failover);"
                                            + " nothing was changed, retry shortly",
                                    "Tạm thời không kết nối được cơ sở dữ liệu; chưa có gì thay đổi, đề nghị thử lại"
                                            + " sau ít giây.")
                            .retryAfter(DATABASE_RETRY_AFTER_SECONDS),
                    uri,
                    headers);
        }
        return serverError(e, uri, headers);
    }

    /** A restart or failover of PostgreSQL typically takes seconds. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    /**
     * The database went away, not the request: a connection could not be made or was lost (SQLState class 08,
     * PostgreSQL's shutdown and "cannot connect now" 57P01–57P03) or the pool timed out waiting for one.
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (message != null && message.contains("Acquisition timeout")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private Response serverError(Throwable e, UriInfo uri, HttpHeaders headers) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, path(uri));
        return respond(
                ProblemException.edge(
                        500,
                        "internal",
                        "Internal error",
                        "The request could not be completed. Reference: " + reference,
                        "Không thực hiện được yêu cầu. Mã tra cứu: " + reference,
                        null,
                        Map.of()),
                uri,
                headers);
    }

    /** The refusal of a body that did not read as JSON or as the operation's type; {@link TolerantJson} too. */
    static ProblemException jsonProblem(JsonProcessingException e) {
        // a syntax error inside a list or a JsonNode reaches here wrapped in a mapping error with a path: still a
        // syntax error, not a field of the wrong type
        JsonParseException syntax = causeOf(e, JsonParseException.class);
        if (syntax != null) {
            return ProblemException.edge(
                    400,
                    "malformed-json",
                    "Malformed JSON",
                    "the request body is not valid JSON: " + syntax.getOriginalMessage(),
                    "Nội dung yêu cầu không phải JSON hợp lệ: " + syntax.getOriginalMessage(),
                    null,
                    Map.of());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = FieldNames.of(mapping);
            JsonReasons.Reason reason = JsonReasons.of(mapping);
            return ProblemException.edge(
                    400,
                    "validation",
                    "Invalid request",
                    field + ": " + reason.english(),
                    null,
                    List.of(new Problem.FieldError(field, reason.english())),
                    Map.of(field, reason.vietnamese()));
        }
        // Jackson's own message names Java types: the client is told the shape, not the class
        return ProblemException.edge(
                400,
                "malformed-json",
                "Malformed JSON",
                "the request body does not have the expected shape: a JSON object as the operation documents it",
                "Nội dung yêu cầu không đúng cấu trúc: cần một đối tượng JSON như tài liệu API mô tả",
                null,
                Map.of());
    }

    private Response respond(ProblemException refusal, UriInfo uri, HttpHeaders headers) {
        ProblemLanguage language = ProblemLanguage.of(headers);
        Problem problem = refusal.toProblem(path(uri), language);
        try {
            Response.ResponseBuilder response = Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            if (refusal.retryAfterSeconds() != null) {
                response.header(HttpHeaders.RETRY_AFTER, refusal.retryAfterSeconds());
            }
            return response.entity(objectMapper.writeValueAsString(problem)).build();
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
