package vn.vinhdanh.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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

@Path("/api/v1/vote-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vote rules", description = "Quorum, approval threshold and public comment period per title and level")
@RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.ADMIN})
public class VoteRuleResource {

    private final VoteRuleQueries rules;
    private final VoteRuleSetting setting;

    public VoteRuleResource(VoteRuleQueries rules, VoteRuleSetting setting) {
        this.rules = rules;
        this.setting = setting;
    }

    /**
     * A null award code or level applies to any; of the rules in force on a day, the most specific wins. A null
     * {@code memberBase} is {@code VOTING_MEMBERS}; {@code validFrom} identifies the period (null: open start) and
     * {@code validTo} is its last day (null: open end). {@code id}, {@code updatedAt} and {@code updatedBy} are
     * answered, and ignored in a request.
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
            UUID id) {

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
                    validTo);
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
                    r.id);
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
            description = "Ballots already opened keep the rule they were opened under. A period sharing a day with"
                    + " another of the same award code and level is 409 vote-rule-overlap; one that leaves a day"
                    + " without a default rule is 409 vote-rule-gap.")
    public Rule put(@NotNull @Valid Rule request) {
        return Rule.of(setting.put(request.toCommand()));
    }
}
