package vn.vinhdanh.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over {@code quarkus.http.limits.max-body-size}, announced by its {@code Content-Length}, is refused by Quarkus
 * with a bare 413 before any JAX-RS code runs, so the exception mappers never see it. This route runs just before
 * Quarkus' own check, makes the same decision and answers with problem details; like Quarkus it closes the connection
 * afterwards, because the unread body is still on it.
 */
@Singleton
public class ContentTooLargeRoute {

    /** Right before Quarkus' upload limit handler, which would otherwise answer first. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    private final long limit;
    private final ObjectMapper objectMapper;

    public ContentTooLargeRoute(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit,
            ObjectMapper objectMapper) {
        this.limit = limit.asLongValue();
        this.objectMapper = objectMapper;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        long length = contentLength(context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH));
        if (length <= limit) {
            context.next();
            return;
        }
        Problem problem = new Problem(
                Problem.type("content-too-large"),
                "Content Too Large",
                413,
                "the request body has " + length + " bytes; at most " + limit + " are accepted",
                context.request().path(),
                null);
        String json;
        try {
            json = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem details cannot be serialised", e);
        }
        HttpServerResponse response = context.response();
        response.setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close");
        response.endHandler(ignored -> context.request().connection().close());
        response.end(json);
    }

    /** -1 when absent or unreadable: Quarkus and Vert.x deal with those as they always do. */
    private static long contentLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
