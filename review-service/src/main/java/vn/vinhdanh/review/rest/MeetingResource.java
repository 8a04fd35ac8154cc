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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.events.ReviewOutcome;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.domain.ReviewCase;
import vn.vinhdanh.review.service.VotingService;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Council meetings", description = "Secret ballots on a list of cases, results and bulk decisions")
@RolesAllowed({ Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.ADMIN })
public class MeetingResource {

    private static final String CSV = "text/csv; charset=UTF-8";

    private final VotingService voting;
    private final BulkDecisions bulk;

    public MeetingResource(VotingService voting, BulkDecisions bulk) {
        this.voting = voting;
        this.bulk = bulk;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Open a meeting and a secret ballot on each listed case of the council",
            description = "Every case must be open, before this council, without a ballot yet, and past its public"
                    + " comment period where its title needs one. The vote rule of each case's title and level is"
                    + " fixed into its ballot now.")
    public RestResponse<MeetingView> open(@NotNull @Valid MeetingRequest request, UriInfo uri) {
        Meeting meeting = voting.open(request);
        return RestResponse.ResponseBuilder.<MeetingView>created(uri.getAbsolutePathBuilder()
                .path(meeting.id.toString()).build()).entity(view(meeting)).build();
    }

    @GET
    @Operation(summary = "Meetings, latest first, optionally of one council")
    public List<MeetingView> list(@QueryParam("councilId") UUID councilId,
            @QueryParam("page") @DefaultValue("0") @Min(0) Integer page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) Integer size) {
        return voting.list(councilId, page, size).stream()
                .map(m -> new MeetingView(m.id, m.councilId, m.title, m.heldOn, m.status, m.createdBy, m.createdAt,
                        m.closedAt, null))
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A meeting with its agenda and ballots; counts appear once the meeting is closed")
    public MeetingView get(@PathParam("id") UUID id) {
        return view(voting.get(id));
    }

    @POST
    @Path("/{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_MEMBER)
    @Operation(summary = "Cast your secret ballot papers, present or in writing",
            description = "Once per case; 409 already-voted, conflict-of-interest, ballot-closed, meeting-closed. The"
                    + " answer only confirms how many papers were counted.")
    public Map<String, Integer> vote(@PathParam("id") UUID id, @NotNull @Valid VotesRequest request) {
        return Map.of("counted", voting.vote(id, request));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Close the meeting's ballots and fix each result under its rule")
    public MeetingView close(@PathParam("id") UUID id) {
        return view(voting.close(id));
    }

    @POST
    @Path("/{id}/decisions")
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    @Operation(summary = "Decide every still-open case of a closed meeting from its ballot",
            description = "A carried ballot approves the case, any other is rejected with the tally as the reason."
                    + " Each case is committed or refused on its own (e.g. a public comment period not over).")
    public List<DecisionResult> decideAll(@PathParam("id") UUID id, UriInfo uri) {
        Meeting meeting = voting.get(id);
        if (meeting.status != Meeting.Status.CLOSED) {
            throw vn.vinhdanh.problem.ProblemException.conflict("meeting-open", "close meeting " + id
                    + " before deciding from its ballots");
        }
        Map<UUID, Ballot> ballots = new java.util.HashMap<>();
        voting.ballots(id).forEach(b -> ballots.put(b.caseId, b));
        List<DecisionResult> results = new ArrayList<>();
        List<ReviewCase> undecided = voting.undecided(id);
        for (int i = 0; i < undecided.size(); i++) {
            ReviewCase reviewCase = undecided.get(i);
            Ballot ballot = ballots.get(reviewCase.id);
            DecisionRequest request = Boolean.TRUE.equals(ballot.passed)
                    ? new DecisionRequest(ReviewOutcome.APPROVED, null)
                    : new DecisionRequest(ReviewOutcome.REJECTED, "Không đạt tỷ lệ phiếu bầu: "
                            + ballot.result().explanation());
            results.add(bulk.decideOne(i, reviewCase.id, request, uri.getRequestUri().getRawPath()));
        }
        return results;
    }

    @GET
    @Path("/{id}/cases.csv")
    @Produces(CSV)
    @RolesAllowed({ Roles.COUNCIL_SECRETARY, Roles.ADMIN })
    @Operation(summary = "The meeting's cases with scores, ballot counts, results and decisions, as CSV (UTF-8 with BOM)")
    public RestResponse<String> csv(@PathParam("id") UUID id) {
        Meeting meeting = voting.get(id);
        List<Ballot> ballots = voting.ballots(id);
        Map<UUID, ReviewCase> cases = voting.casesOf(ballots);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("case_id,nomination_id,round,nominee,agency,proposed_award,weighted_total,submitted_sheets,"
                + "eligible,participants,in_writing,approvals,rejections,abstentions,ballot,carried,decision,reason\r\n");
        for (Ballot b : ballots) {
            ReviewCase c = cases.get(b.caseId);
            boolean closed = b.status == Ballot.Status.CLOSED;
            csv.append(String.join(",", List.of(
                    c.id.toString(), c.nominationId.toString(), String.valueOf(c.round), cell(c.nomineeName),
                    cell(c.agencyCode), cell(c.proposedAward),
                    c.weightedTotal == null ? "" : c.weightedTotal.toPlainString(), String.valueOf(c.submittedSheets),
                    String.valueOf(b.eligible), String.valueOf(b.participants), String.valueOf(b.inWriting),
                    closed ? String.valueOf(b.approvals) : "", closed ? String.valueOf(b.rejections) : "",
                    closed ? String.valueOf(b.abstentions) : "", b.status.name(),
                    b.passed == null ? "" : String.valueOf(b.passed),
                    c.outcome == null ? "" : c.outcome.name(), cell(c.reason)))).append("\r\n");
        }
        String filename = "meeting-" + meeting.heldOn + "-" + id.toString().substring(0, 8) + ".csv";
        return RestResponse.ResponseBuilder.ok(csv.toString(), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    /** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private MeetingView view(Meeting meeting) {
        List<Ballot> ballots = voting.ballots(meeting.id);
        Map<UUID, ReviewCase> cases = voting.casesOf(ballots);
        Set<UUID> voted = voting.votedByCaller(meeting.id);
        List<MeetingView.AgendaItem> agenda = ballots.stream().map(b -> {
            ReviewCase c = cases.get(b.caseId);
            return new MeetingView.AgendaItem(c.id, c.nominationId, c.nomineeName, c.agencyCode, c.proposedAward,
                    c.round, c.weightedTotal, c.submittedSheets, c.status, c.outcome,
                    BallotView.of(b, voted.contains(b.caseId)));
        }).toList();
        return new MeetingView(meeting.id, meeting.councilId, meeting.title, meeting.heldOn, meeting.status,
                meeting.createdBy, meeting.createdAt, meeting.closedAt, agenda);
    }
}
