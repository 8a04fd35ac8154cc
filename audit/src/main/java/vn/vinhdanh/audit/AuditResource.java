package vn.vinhdanh.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Audit trail", description = "Every state-changing call to this service: who, when, what")
public class AuditResource {

    private final AuditQueries queries;

    public AuditResource(AuditQueries queries) {
        this.queries = queries;
    }

    public record AuditView(
            Instant occurredAt,
            String actor,
            String actorRole,
            String agencyCode,
            String action,
            String resourceType,
            String resourceId,
            String detail) {}

    @GET
    @Operation(summary = "Audit entries, newest first; filter by resource or actor")
    public List<AuditView> list(
            @QueryParam("resourceType") @Size(max = 60) String resourceType,
            @QueryParam("resourceId") @Size(max = 100) String resourceId,
            @QueryParam("actor") @Size(max = 200) String actor,
            @QueryParam("page") @DefaultValue("0") @Min(0) Integer page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) Integer size) {
        return queries.list(new AuditQueries.Filter(resourceType, resourceId, actor), page, size).stream()
                .map(e -> new AuditView(
                        e.occurredAt,
                        e.actor,
                        e.actorRole,
                        e.agencyCode,
                        e.action,
                        e.resourceType,
                        e.resourceId,
                        e.detail))
                .toList();
    }
}
