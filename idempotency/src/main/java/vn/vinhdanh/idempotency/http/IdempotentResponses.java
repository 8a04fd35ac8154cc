package vn.vinhdanh.idempotency.http;

import java.net.URI;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.idempotency.Creation;
import vn.vinhdanh.idempotency.IdempotencyKeys;

/** The answer to a creating POST: 201 with the resource's Location, marked {@code Idempotent-Replayed} on a replay. */
public final class IdempotentResponses {

    private IdempotentResponses() {}

    public static <T, V> RestResponse<V> created(Creation<T> creation, URI location, Function<T, V> view) {
        RestResponse.ResponseBuilder<V> response =
                RestResponse.ResponseBuilder.<V>created(location).entity(view.apply(creation.resource()));
        if (creation.replayed()) {
            response.header(IdempotencyKeys.REPLAYED_HEADER, "true");
        }
        return response.build();
    }
}
