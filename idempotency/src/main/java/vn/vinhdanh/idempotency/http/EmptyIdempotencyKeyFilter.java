package vn.vinhdanh.idempotency.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.vinhdanh.idempotency.IdempotencyKeys;
import vn.vinhdanh.problem.ProblemException;

/**
 * Refuses {@code Idempotency-Key:} sent with no value. Quarkus REST hands an empty header value to the method as
 * null, which reads as "no key": the request would quietly create without idempotency, and the client's retries would
 * create twins.
 */
@Provider
@AcceptsIdempotencyKey
public class EmptyIdempotencyKeyFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> values = request.getHeaders().get(IdempotencyKeys.HEADER);
        if (values != null && values.stream().anyMatch(value -> value == null || value.isEmpty())) {
            throw ProblemException.invalidField(IdempotencyKeys.HEADER, "must not be empty", "Không được để trống");
        }
    }
}
