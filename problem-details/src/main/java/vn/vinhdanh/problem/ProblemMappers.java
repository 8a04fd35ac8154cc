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
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
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
        return respond(ProblemException.invalidField(e.parameter(), e.reason()).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isMissingBody)) {
            // an empty body is not valid JSON either; it has no field to name
            return respond(new Problem(Problem.type("malformed-json"), "Malformed JSON", 400,
                    "the request body is empty; a JSON object is expected", path(uri), null));
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.reason())
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

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
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
        Response problem = respond(new Problem(Problem.type(slug(title)), title, status, e.getMessage(), path(uri), null));
        // RFC 9110 15.5.6: a 405 must say which methods the resource does allow
        Object allow = e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
        if (status == 405 && allow == null && uri != null) {
            allow = allowedMethods.allowHeader(uri.getPath());
        }
        if (status == 405 && allow != null) {
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
        }
        return problem;
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem(Problem.type("unauthenticated"), "Unauthorized", 401,
                "a valid bearer token is required", path(uri), null);
        return Response.fromResponse(respond(problem)).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "your role does not allow this operation", path(uri), null));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(new Problem(Problem.type("concurrent-modification"), "Conflict with the current state", 409,
                "the resource was changed by someone else at the same time; read it again and retry", path(uri),
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
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "The request could not be completed. Reference: " + reference, path(uri), null));
    }

    private Problem jsonProblem(JsonProcessingException e, String instance) {
        // a syntax error inside a list or a JsonNode reaches here wrapped in a mapping error with a path: still a
        // syntax error, not a field of the wrong type
        JsonParseException syntax = causeOf(e, JsonParseException.class);
        if (syntax != null) {
            return new Problem(Problem.type("malformed-json"), "Malformed JSON", 400,
                    "the request body is not valid JSON: " + syntax.getOriginalMessage(), instance, null);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldOf(mapping);
            String reason = reasonOf(mapping);
            return new Problem(Problem.type("validation"), "Invalid request", 400, field + ": " + reason, instance,
                    List.of(new Problem.FieldError(field, reason)));
        }
        return new Problem(Problem.type("malformed-json"), "Malformed JSON", 400,
                "the request body does not have the expected shape: " + e.getOriginalMessage(), instance, null);
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
            return "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName();
        }
        return "has the wrong type or format";
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /**
     * {@code submit.request.nominee.name} becomes {@code nominee.name}, {@code submit.idempotencyKey} becomes
     * {@code Idempotency-Key}: the client knows no Java method names, only the body's fields and the names of the
     * query parameters and headers it sent.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean sawParameter = false;
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                sawParameter = true;
                String httpName = httpName(
                        resourceParameter(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class)));
                names.add(httpName != null ? httpName : node.getName());
                continue;
            }
            if (node.isInIterable()) {
                // the node after a list names the element's index: evidence[1].criterionCode, awardIds[0]
                String subscript = "[" + (node.getIndex() != null ? node.getIndex()
                        : node.getKey() != null ? node.getKey() : "") + "]";
                if (names.isEmpty()) {
                    names.add(subscript);
                } else {
                    names.set(names.size() - 1, names.get(names.size() - 1) + subscript);
                }
            }
            // a container element node (<list element>) and a bean node add no name of their own
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getKind() != ElementKind.BEAN
                    && node.getName() != null) {
                names.add(node.getName());
            }
        }
        // a body parameter's own name is noise (its subscript, for a list body, is not); a query or path
        // parameter's name is the field
        if (sawParameter && names.size() > 1) {
            String body = names.remove(0);
            int subscript = body.indexOf('[');
            if (subscript >= 0) {
                names.set(0, body.substring(subscript) + "." + names.get(0));
            }
        }
        return String.join(".", names).replace(".[", "[");
    }

    /** A null body parameter itself (not a field in it): the client sent no body at all. */
    private static boolean isMissingBody(ConstraintViolation<?> violation) {
        if (violation.getInvalidValue() != null) {
            return false;
        }
        Path.MethodNode method = null;
        Path.ParameterNode parameter = null;
        int nodes = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else {
                nodes++;
                if (node.getKind() == ElementKind.PARAMETER) {
                    parameter = node.as(Path.ParameterNode.class);
                }
            }
        }
        if (parameter == null || nodes != 1) {
            return false;
        }
        Parameter declared = resourceParameter(violation.getRootBeanClass(), method, parameter);
        return declared != null && Arrays.stream(declared.getAnnotations()).noneMatch(ProblemMappers::isJaxRs);
    }

    /**
     * The parameter as the resource class declares it, with its JAX-RS annotations; null when the violation is not
     * on a resource method.
     */
    private static Parameter resourceParameter(Class<?> resource, Path.MethodNode method,
            Path.ParameterNode parameter) {
        if (resource == null || method == null || parameter == null) {
            return null;
        }
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        // generated subclasses (interceptors) override the method without the JAX-RS annotations: look further up
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            Method declared;
            try {
                declared = type.getDeclaredMethod(method.getName(), types);
            } catch (NoSuchMethodException | SecurityException e) {
                continue;
            }
            if (!isJaxRs(declared)) {
                continue;
            }
            int index = parameter.getParameterIndex();
            return index >= 0 && index < declared.getParameterCount() ? declared.getParameters()[index] : null;
        }
        return null;
    }

    /** The name under which the client sent a parameter: {@code @QueryParam("size")}, {@code @HeaderParam(...)}. */
    private static String httpName(Parameter parameter) {
        if (parameter == null) {
            return null;
        }
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        HeaderParam header = parameter.getAnnotation(HeaderParam.class);
        if (header != null) {
            return header.value();
        }
        PathParam path = parameter.getAnnotation(PathParam.class);
        if (path != null) {
            return path.value();
        }
        CookieParam cookie = parameter.getAnnotation(CookieParam.class);
        if (cookie != null) {
            return cookie.value();
        }
        FormParam form = parameter.getAnnotation(FormParam.class);
        return form == null ? null : form.value();
    }

    /** The declaration that carries the JAX-RS annotations ({@code @POST}, {@code @Path}, parameter annotations). */
    private static boolean isJaxRs(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(ProblemMappers::isJaxRs)
                || Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                        .anyMatch(ProblemMappers::isJaxRs);
    }

    private static boolean isJaxRs(Annotation annotation) {
        String pkg = annotation.annotationType().getPackageName();
        return pkg.startsWith("jakarta.ws.rs") || pkg.startsWith("org.jboss.resteasy.reactive");
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
