package vn.vinhdanh.desk;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.vinhdanh.audit.AuditQueries;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.messaging.redrive.DeadLetterRedrive;

/**
 * The admin's page of this service, the same in all four: the audit trail with its filters, and the dead letters the
 * consumers parked, with their reason and a redrive once the cause is fixed (the API's /api/v1/admin/audit and
 * /api/v1/admin/dead-letters, through the same {@link AuditQueries} and {@link DeadLetterRedrive}).
 */
@Path("/desk/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminPage {

    static final int PAGE_SIZE = 50;
    static final int DEAD_LETTERS_SHOWN = 100;

    private final AuditQueries audit;
    private final DeadLetterRedrive deadLetters;
    private final DeskCsrf csrf;
    private final Template page;

    public AdminPage(
            AuditQueries audit,
            DeadLetterRedrive deadLetters,
            DeskCsrf csrf,
            @Location("desk/admin.html") Template page) {
        this.audit = audit;
        this.deadLetters = deadLetters;
        this.csrf = csrf;
        this.page = page;
    }

    @GET
    public String show(
            @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("page") Integer page,
            @QueryParam("redriven") Integer redriven,
            @QueryParam("parkedAgain") Integer parkedAgain) {
        int current = page == null || page < 1 ? 1 : page;
        AuditQueries.Filter filter = new AuditQueries.Filter(
                blankToNull(resourceType), blankToNull(resourceId), blankToNull(actor), blankToNull(action));
        var entries = audit.list(filter, current - 1, PAGE_SIZE + 1);
        boolean more = entries.size() > PAGE_SIZE;
        String notice = redriven == null
                ? null
                : "Đã xử lý lại " + redriven + " thư lỗi"
                        + (parkedAgain != null && parkedAgain > 0
                                ? "; " + parkedAgain + " thư vẫn lỗi, được giữ lại."
                                : ".");
        return this.page
                .data("filter", filter)
                .data("entries", more ? entries.subList(0, PAGE_SIZE) : entries)
                .data("page", current)
                .data("more", more)
                .data("previousPage", current > 1 ? link(filter, current - 1) : null)
                .data("nextPage", more ? link(filter, current + 1) : null)
                .data("deadLetters", deadLetters.pending(DEAD_LETTERS_SHOWN))
                .data("notice", notice)
                .render();
    }

    @POST
    @Path("dead-letters/redrive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redrive(MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        DeadLetterRedrive.RedriveResult result = deadLetters.redriveRecorded(1000);
        return Response.seeOther(UriBuilder.fromPath("/desk/admin")
                        .queryParam("redriven", result.examined())
                        .queryParam("parkedAgain", result.parkedAgain())
                        .build())
                .build();
    }

    private static String link(AuditQueries.Filter filter, int number) {
        UriBuilder link = UriBuilder.fromPath("/desk/admin");
        if (filter.resourceType() != null) link.queryParam("resourceType", filter.resourceType());
        if (filter.resourceId() != null) link.queryParam("resourceId", filter.resourceId());
        if (filter.actor() != null) link.queryParam("actor", filter.actor());
        if (filter.action() != null) link.queryParam("action", filter.action());
        return link.queryParam("page", number).build().toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
