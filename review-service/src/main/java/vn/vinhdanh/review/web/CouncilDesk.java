package vn.vinhdanh.review.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.service.ChairConflicts;
import vn.vinhdanh.review.service.MeetingQueries;
import vn.vinhdanh.review.service.ReviewQueries;

/**
 * The council's desk: the secretary starts at the case queue; a member at their own work, the open meetings where
 * they have a ballot to cast and the cases they review.
 */
@Path("/desk")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.ADMIN})
public class CouncilDesk {

    private final ReviewQueries reviews;
    private final MeetingQueries meetings;
    private final ChairConflicts chair;
    private final Caller caller;
    private final Template home;

    public CouncilDesk(
            ReviewQueries reviews,
            MeetingQueries meetings,
            ChairConflicts chair,
            Caller caller,
            @Location("council/member-home.html") Template home) {
        this.reviews = reviews;
        this.meetings = meetings;
        this.chair = chair;
        this.caller = caller;
        this.home = home;
    }

    @GET
    public Response home() {
        if (caller.has(Roles.COUNCIL_SECRETARY) || caller.has(Roles.ADMIN)) {
            return Response.seeOther(URI.create("/desk/cases")).build();
        }
        String page = home.data(
                        "reviewing",
                        reviews.list(new ReviewQueries.Filter(null, CaseStatus.OPEN, null, false), 0, 100)
                                .items())
                .data("meetings", meetings.votingFor(caller.seat()))
                .data("rulings", chair.awaitingRuling(caller.seat()).size())
                .render();
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
