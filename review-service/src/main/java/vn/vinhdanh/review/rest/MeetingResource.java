package vn.vinhdanh.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.service.BallotCasting;
import vn.vinhdanh.review.service.BulkDecisions;
import vn.vinhdanh.review.service.CouncilMeetings;
import vn.vinhdanh.review.service.Found;
import vn.vinhdanh.review.service.MeetingCsv;
import vn.vinhdanh.review.service.MeetingQueries;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Council meetings", description = "Secret ballots on a list of cases, results and bulk decisions")
@RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.ADMIN})
public class MeetingResource {

    private static final String CSV = "text/csv; charset=UTF-8";

    private final MeetingQueries meetings;
    private final CouncilMeetings councilMeetings;
    private final BallotCasting ballots;
    private final BulkDecisions bulk;
    private final MeetingCsv csv;

    public MeetingResource(
            MeetingQueries meetings,
            CouncilMeetings councilMeetings,
            BallotCasting ballots,
            BulkDecisions bulk,
            MeetingCsv csv) {
        this.meetings = meetings;
        this.councilMeetings = councilMeetings;
        this.ballots = ballots;
        this.bulk = bulk;
        this.csv = csv;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(
            summary = "Open a meeting and a secret ballot on each listed case of the council",
            description = "Every case must be open, before this council, without a ballot yet, and past its public"
                    + " comment period where its title needs one. The vote rule of each case's title and level is"
                    + " fixed into its ballot now.")
    public RestResponse<MeetingView> open(@NotNull @Valid MeetingRequest request, UriInfo uri) {
        Meeting meeting = councilMeetings.open(request.toCommand());
        return RestResponse.ResponseBuilder.<MeetingView>created(
                        uri.getAbsolutePathBuilder().path(meeting.id.toString()).build())
                .entity(MeetingView.of(meetings.agenda(meeting)))
                .build();
    }

    @GET
    @Operation(
            summary = "Meetings, latest first, optionally of one council",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<MeetingView>> list(
            @QueryParam("councilId") UUID councilId,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<Meeting> found = meetings.list(councilId, page, size);
        return PagedResponses.ok(
                found.items().stream().map(MeetingView::summary).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A meeting with its agenda and ballots; counts appear once the meeting is closed")
    public MeetingView get(@PathParam("id") UUID id) {
        return MeetingView.of(meetings.agenda(id));
    }

    @POST
    @Path("/{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_MEMBER)
    @Operation(
            summary = "Cast your secret ballot papers, present or in writing",
            description = "Once per case; 409 already-voted, conflict-of-interest, ballot-closed, meeting-closed. The"
                    + " answer only confirms how many papers were counted.")
    public Map<String, Integer> vote(@PathParam("id") UUID id, @NotNull @Valid VotesRequest request) {
        return Map.of("counted", ballots.vote(id, request.toCommand()));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Close the meeting's ballots and fix each result under its rule")
    public MeetingView close(@PathParam("id") UUID id) {
        return MeetingView.of(meetings.agenda(councilMeetings.close(id)));
    }

    @POST
    @Path("/{id}/decisions")
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(
            summary = "Decide every still-open case of a closed meeting from its ballot",
            description = "A carried ballot approves the case, any other is rejected with the tally as the reason."
                    + " Each case is committed or refused on its own (e.g. a public comment period not over).")
    public List<DecisionResult> decideAll(@PathParam("id") UUID id, UriInfo uri) {
        String instance = uri.getRequestUri().getRawPath();
        return bulk.decideFromMeeting(id).stream()
                .map(item -> DecisionResult.of(item, instance))
                .toList();
    }

    @GET
    @Path("/{id}/cases.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.ADMIN})
    @Operation(
            summary = "The meeting's cases with scores, ballot counts, results and decisions, as CSV (UTF-8 with BOM)")
    public RestResponse<String> csv(@PathParam("id") UUID id) {
        MeetingCsv.Export export = csv.export(id);
        return RestResponse.ResponseBuilder.ok(export.content(), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + export.filename() + "\"")
                .build();
    }
}
