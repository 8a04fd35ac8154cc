package vn.vinhdanh.award.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.service.RewardRuleCorrection;
import vn.vinhdanh.award.service.RewardRuleQueries;
import vn.vinhdanh.award.service.RewardRuleWithdrawal;

/**
 * Corrections and withdrawals of base salaries and multiplier periods recorded by mistake. A withdrawal's reason is a
 * required query parameter: a DELETE with a body is poorly supported by HTTP clients and generated OpenAPI clients.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reward rules", description = "Award catalogue, multipliers per decree, base salaries, and quotes")
@RolesAllowed(Roles.AWARD_OFFICER)
public class RewardRuleCorrectionResource {

    private final RewardRuleQueries rules;
    private final RewardRuleCorrection correction;
    private final RewardRuleWithdrawal withdrawal;

    public RewardRuleCorrectionResource(
            RewardRuleQueries rules, RewardRuleCorrection correction, RewardRuleWithdrawal withdrawal) {
        this.rules = rules;
        this.correction = correction;
        this.withdrawal = withdrawal;
    }

    @PUT
    @Path("/award-types/{code}/multipliers/{validFrom}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Correct the multiplier (and legal basis) of a period, with a reason; it becomes verified",
            description = "A verified period needs confirm: true (409 rule-verified otherwise); 422"
                    + " implausible-multiplier unless confirm: true. The revision counts up; the audit trail keeps the"
                    + " old values. Granted awards keep their stored figures.")
    public AwardTypeView correctMultiplier(
            @PathParam("code") String code,
            @PathParam("validFrom") LocalDate validFrom,
            @NotNull @Valid MultiplierCorrectionRequest request) {
        correction.correctMultiplier(code, validFrom, request.toCommand());
        return AwardTypeView.of(rules.awardType(code));
    }

    @DELETE
    @Path("/award-types/{code}/multipliers/{validFrom}")
    @Operation(
            summary = "Withdraw a multiplier period no signed award used; the period before it runs on again",
            description = "409 rule-in-use when a granted or revoked award was priced under it.")
    public AwardTypeView withdrawMultiplier(
            @PathParam("code") String code,
            @PathParam("validFrom") LocalDate validFrom,
            @QueryParam("reason") @NotBlank @Size(max = 500) String reason) {
        withdrawal.withdrawMultiplier(code, validFrom, reason);
        return AwardTypeView.of(rules.awardType(code));
    }

    @PUT
    @Path("/base-salaries/{effectiveFrom}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Correct the amount and legal basis of a base salary, with a reason",
            description = "422 implausible-amount more than 50 % away from the row before it, unless confirm: true."
                    + " The revision counts up; the audit trail keeps the old values. Granted awards keep their"
                    + " stored figures.")
    public BaseSalaryView correctBaseSalary(
            @PathParam("effectiveFrom") LocalDate effectiveFrom, @NotNull @Valid BaseSalaryCorrectionRequest request) {
        return BaseSalaryView.of(correction.correctBaseSalary(effectiveFrom, request.toCommand()));
    }

    @DELETE
    @Path("/base-salaries/{effectiveFrom}")
    @Operation(
            summary = "Withdraw a base salary no signed award used; the one before it is in force again",
            description = "409 rule-in-use when a granted or revoked award was priced under it.")
    public RestResponse<Void> withdrawBaseSalary(
            @PathParam("effectiveFrom") LocalDate effectiveFrom,
            @QueryParam("reason") @NotBlank @Size(max = 500) String reason) {
        withdrawal.withdrawBaseSalary(effectiveFrom, reason);
        return RestResponse.noContent();
    }
}
