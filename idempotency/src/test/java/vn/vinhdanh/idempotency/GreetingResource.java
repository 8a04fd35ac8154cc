package vn.vinhdanh.idempotency;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.idempotency.http.AcceptsIdempotencyKey;
import vn.vinhdanh.idempotency.http.IdempotentResponses;

/** The test application's creating POST, written as the services write theirs. */
@Path(GreetingResource.PATH)
@Authenticated
public class GreetingResource {

    static final String PATH = "/api/v1/greetings";

    public record GreetingRequest(@NotBlank @Size(max = 200) String text) {}

    public record GreetingView(UUID id, String text) {}

    private final IdempotencyKeys keys;

    public GreetingResource(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AcceptsIdempotencyKey
    @Transactional
    public RestResponse<GreetingView> create(
            @HeaderParam(IdempotencyKeys.HEADER) @Size(min = 1, max = 200) String idempotencyKey,
            @NotNull @Valid GreetingRequest request) {
        Creation<Greeting> creation = keys.createOnce(
                idempotencyKey,
                request,
                id -> {
                    Greeting greeting = new Greeting();
                    greeting.id = id;
                    greeting.text = request.text();
                    greeting.persist();
                    return greeting;
                },
                id -> Greeting.findById(id));
        return IdempotentResponses.created(
                creation,
                URI.create(PATH + "/" + creation.resource().id),
                greeting -> new GreetingView(greeting.id, greeting.text));
    }
}
