package vn.vinhdanh.identity;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The test application's one endpoint: for authenticated callers only, as every service endpoint of the platform. */
@Path(CallerResource.PATH)
@Authenticated
public class CallerResource {

    static final String PATH = "/api/v1/caller";

    @Inject
    JsonWebToken token;

    @GET
    public String name() {
        return token.getName();
    }
}
