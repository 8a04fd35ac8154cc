package vn.vinhdanh.publicity.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.publicity.domain.FeatureStatus;
import vn.vinhdanh.publicity.service.DeskEvents;
import vn.vinhdanh.publicity.service.FeatureQueries;

/**
 * The editor's desk: the stories by status, each with what still blocks its publication, and a live list of what
 * happens on the desk (drafts arriving from the council's approvals, edits, status changes) over server-sent events.
 */
@Path("/desk")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class EditorDesk {

    static final int PAGE_SIZE = 30;

    private final FeatureQueries features;
    private final DeskEvents events;
    private final Template home;

    public EditorDesk(FeatureQueries features, DeskEvents events, @Location("editor/home.html") Template home) {
        this.features = features;
        this.events = events;
        this.home = home;
    }

    @GET
    public String home(@QueryParam("status") FeatureStatus status, @QueryParam("page") Integer page) {
        int current = page == null || page < 1 ? 1 : page;
        FeatureStatus shown = status == null ? FeatureStatus.DRAFT : status;
        var found = features.list(null, shown, current - 1, PAGE_SIZE + 1).items();
        boolean more = found.size() > PAGE_SIZE;
        return home.data("items", more ? found.subList(0, PAGE_SIZE) : found)
                .data("status", shown)
                .data("statuses", List.of(FeatureStatus.values()))
                .data("page", current)
                .data("more", more)
                // the live list starts after what the page already shows
                .data("lastEventId", events.latestId())
                .render();
    }
}
