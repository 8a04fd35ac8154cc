package vn.vinhdanh.review.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.review.domain.VoteRule;
import vn.vinhdanh.review.service.Found;
import vn.vinhdanh.review.service.SetVoteRule;
import vn.vinhdanh.review.service.VoteRuleQueries;
import vn.vinhdanh.review.service.VoteRuleSetting;
import vn.vinhdanh.review.service.VoteRuleWithdrawal;
import vn.vinhdanh.review.service.WithdrawVoteRule;

@Path("/api/v1/vote-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vote rules", description = "Quorum, approval threshold and public comment period per title and level")
@RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.ADMIN})
public class VoteRuleResource {

    private final VoteRuleQueries rules;
    private final VoteRuleSetting setting;
    private final VoteRuleWithdrawal withdrawal;

    public VoteRuleResource(VoteRuleQueries rules, VoteRuleSetting setting, VoteRuleWithdrawal withdrawal) {
        this.rules = rules;
        this.setting = setting;
        this.withdrawal = withdrawal;
    }

    /**
     * A null award code or level applies to any; of the rules in force on a day, the most specific wins. A null
     * {@code memberBase} is {@code VOTING_MEMBERS}; {@code validFrom} identifies the period (null: open start) and
     * {@code validTo} is its last day (null: open end). {@code id}, {@code updatedAt}, {@code updatedBy} and
     * {@code revision} are answered, and ignored in a request. {@code reason} (required to correct an existing
     * period) and {@code confirm} (a threshold below a majority is meant) are only sent, never answered.
     */
    public record Rule(
            @Size(max = 60)
            @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "an award code such as" + " CHIEN_SI_THI_DUA_CAP_TINH")
            String awardCode,

            Level level,
            @NotNull @Min(0) @Max(100) Integer quorumPercent,
            @NotNull Boolean quorumInclusive,
            @NotNull @Min(1) @Max(100) Integer approvalPercent,
            @NotNull Boolean approvalInclusive,
            @NotNull VoteRule.Base approvalBase,
            @NotNull @Min(0) @Max(60) Integer publicCommentDays,
            @NotBlank @Size(max = 1000) String legalBasis,
            @NotNull Boolean verified,
            Instant updatedAt,
            String updatedBy,
            VoteRule.MemberBase memberBase,
            LocalDate validFrom,
            LocalDate validTo,
            UUID id,
            Integer revision,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 2000)
            String reason,

            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean confirm) {

        SetVoteRule toCommand() {
            return new SetVoteRule(
                    awardCode,
                    level,
                    quorumPercent,
                    quorumInclusive,
                    approvalPercent,
                    approvalInclusive,
                    approvalBase,
                    publicCommentDays,
                    legalBasis,
                    verified,
                    memberBase,
                    validFrom,
                    validTo,
                    reason,
                    Boolean.TRUE.equals(confirm));
        }

        static Rule of(VoteRule r) {
            return new Rule(
                    r.awardCode,
                    r.level,
                    r.quorumPercent,
                    r.quorumInclusive,
                    r.approvalPercent,
                    r.approvalInclusive,
                    r.approvalBase,
                    r.publicCommentDays,
                    r.legalBasis,
                    r.verified,
                    r.updatedAt,
                    r.updatedBy,
                    r.memberBase,
                    r.validFrom,
                    r.validTo,
                    r.id,
                    r.revision,
                    null,
                    null);
        }
    }

    @GET
    @Operation(
            summary = "Vote rules, most general first",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<Rule>> list(
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<VoteRule> found = rules.list(page, size);
        return PagedResponses.ok(found.items().stream().map(Rule::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/applicable")
    @Operation(
            summary = "The rule a case of this title and level is voted under on a day",
            description = "on: the day (yyyy-MM-dd; a ballot votes under the rule of its meeting's day), today in the"
                    + " province when absent.")
    public Rule applicable(
            @QueryParam("awardCode") @NotBlank @Size(max = 60) String awardCode,
            @QueryParam("level") @NotNull Level level,
            @QueryParam("on") LocalDate on) {
        return Rule.of(rules.applicable(awardCode, level, on));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Create or replace the rule for an award code and level (either may be null: any) from validFrom",
            description = "Ballots already opened keep the rule they were opened under. The award code must be in"
                    + " award-service's catalogue (400 on awardCode; 503 catalogue-unavailable before it arrived),"
                    + " the legal basis must cite a decree, law or regulation, and validFrom must be at most a year"
                    + " ahead (400). A quorum or approval threshold below 50 % is 422 implausible-vote-rule unless"
                    + " confirm is true. Replacing an existing period (same award code, level and validFrom) needs a"
                    + " reason and increases its revision. A period sharing a day with another of the same award"
                    + " code and level is 409 vote-rule-overlap; one that leaves a day without a default rule is 409"
                    + " vote-rule-gap.")
    public Rule put(@NotNull @Valid Rule request) {
        return Rule.of(setting.put(request.toCommand()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Withdraw a period of a rule that no ballot has used, with a reason",
            description = "204. 409 vote-rule-in-use once a ballot was opened under it (correct it with a PUT"
                    + " instead); 409 vote-rule-gap when the default rule would not be in force on every day. The"
                    + " open-ended period it ended when it was put is in force again over its days.")
    public void withdraw(@PathParam("id") UUID id, @QueryParam("reason") @NotBlank @Size(max = 2000) String reason) {
        withdrawal.withdraw(new WithdrawVoteRule(id, reason));
    }
}
