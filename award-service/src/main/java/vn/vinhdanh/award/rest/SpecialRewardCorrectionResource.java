package vn.vinhdanh.award.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.rest.SpecialRewardViews.ScheduleView;
import vn.vinhdanh.award.service.SpecialRewardCorrection;
import vn.vinhdanh.award.service.SpecialRewardQueries;
import vn.vinhdanh.events.Sector;

/** Corrections of the provincial schedules and their tiers once the official texts are read. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Special rewards",
        description = "Provincial special rewards by schedule, field and tier (each schedule's own cap)")
@RolesAllowed(Roles.AWARD_OFFICER)
public class SpecialRewardCorrectionResource {

    private final SpecialRewardQueries rewards;
    private final SpecialRewardCorrection correction;

    public SpecialRewardCorrectionResource(SpecialRewardQueries rewards, SpecialRewardCorrection correction) {
        this.rewards = rewards;
        this.correction = correction;
    }

    @PUT
    @Path("/special-reward-schedules/{code}")
    @Operation(
            summary = "Correct a schedule's legal basis, kind, territory, validity, cap and note, with a reason",
            description = "The revision counts up; the audit trail keeps the old values. 422"
                    + " special-reward-cap-exceeded when a tier is above the new cap. Rewards paid keep their figures.")
    public ScheduleView correctSchedule(
            @PathParam("code") String code, @NotNull @Valid SpecialRewardScheduleCorrectionRequest request) {
        correction.correctSchedule(code, request.toCommand());
        return ScheduleView.of(rewards.schedule(code));
    }

    @PUT
    @Path("/special-reward-schedules/{code}/tiers/{field}/{tier}")
    @Operation(
            summary = "Correct a tier's description and amount, with a reason and the source document",
            description = "A verified tier needs confirm: true (409 tier-verified otherwise); verified needs"
                    + " sourceDocument. 422 special-reward-cap-exceeded above the schedule's cap. The revision counts"
                    + " up; the audit trail keeps the old values. Rewards paid keep their figures.")
    public ScheduleView correctTier(
            @PathParam("code") String code,
            @PathParam("field") Sector field,
            @PathParam("tier") String tier,
            @NotNull @Valid SpecialRewardTierCorrectionRequest request) {
        correction.correctTier(code, field, tier, request.toCommand());
        return ScheduleView.of(rewards.schedule(code));
    }
}
