package vn.vinhdanh.award.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.SpecialReward;
import vn.vinhdanh.award.rest.SpecialRewardViews.RewardView;
import vn.vinhdanh.award.rest.SpecialRewardViews.ScheduleView;
import vn.vinhdanh.award.service.Found;
import vn.vinhdanh.award.service.SpecialRewardPayment;
import vn.vinhdanh.award.service.SpecialRewardQueries;
import vn.vinhdanh.award.service.SpecialRewardSchedules;
import vn.vinhdanh.edge.PagedResponses;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Special rewards",
        description = "Provincial special rewards by schedule, field and tier (each schedule's own cap)")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class SpecialRewardResource {

    private final SpecialRewardQueries rewards;
    private final SpecialRewardSchedules schedules;
    private final SpecialRewardPayment payment;

    public SpecialRewardResource(
            SpecialRewardQueries rewards, SpecialRewardSchedules schedules, SpecialRewardPayment payment) {
        this.rewards = rewards;
        this.schedules = schedules;
        this.payment = payment;
    }

    @GET
    @Path("/special-reward-schedules")
    @Operation(
            summary = "The provincial schedules, each with its tiers; verified = false marks an amount no source"
                    + " confirmed",
            description =
                    "By code. Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<ScheduleView>> schedules(
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<SpecialRewardQueries.ScheduleWithTiers> found = rewards.schedules(page, size);
        return PagedResponses.ok(found.items().stream().map(ScheduleView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/special-reward-schedules/{code}")
    @Operation(summary = "One schedule with its tiers")
    public ScheduleView schedule(@PathParam("code") String code) {
        return ScheduleView.of(rewards.schedule(code));
    }

    @POST
    @Path("/special-reward-schedules/{code}/tiers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(summary = "Add a tier to a schedule; 409 tier-exists, 422 special-reward-cap-exceeded")
    public Response addTier(@PathParam("code") String code, @NotNull @Valid SpecialRewardTierRequest request) {
        schedules.addTier(code, request.toCommand());
        ScheduleView view = ScheduleView.of(rewards.schedule(code));
        return Response.created(URI.create("/api/v1/special-reward-schedules/" + view.code()))
                .entity(view)
                .build();
    }

    @POST
    @Path("/special-rewards")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(
            summary = "Pay a special reward: the tier's amount times the achievements; 422 unknown-tier,"
                    + " 422 schedule-not-in-force, 422 unverified-tier without sourceDocument,"
                    + " 422 special-reward-cap-exceeded beyond the schedule's cap")
    public Response grant(@NotNull @Valid SpecialRewardRequest request) {
        SpecialReward reward = payment.grant(request.toCommand());
        return Response.created(URI.create("/api/v1/special-rewards/" + reward.id))
                .entity(RewardView.of(reward))
                .build();
    }

    @GET
    @Path("/special-rewards")
    @Operation(
            summary = "Special rewards paid, newest award date first, optionally of one schedule",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<RewardView>> list(
            @QueryParam("scheduleCode") @Size(max = 40) String scheduleCode,
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<SpecialReward> found = rewards.list(scheduleCode, page, size);
        return PagedResponses.ok(found.items().stream().map(RewardView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/special-rewards/{id}")
    @Operation(summary = "One special reward")
    public RewardView get(@PathParam("id") UUID id) {
        return RewardView.of(rewards.get(id));
    }
}
