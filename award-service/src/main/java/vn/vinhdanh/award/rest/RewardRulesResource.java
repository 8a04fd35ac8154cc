package vn.vinhdanh.award.rest;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.BaseSalary;
import vn.vinhdanh.award.domain.RewardQuote;
import vn.vinhdanh.award.service.Found;
import vn.vinhdanh.award.service.RewardPricing;
import vn.vinhdanh.award.service.RewardRuleAmendment;
import vn.vinhdanh.award.service.RewardRuleQueries;
import vn.vinhdanh.edge.PagedResponses;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.problem.ProblemException;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reward rules", description = "Award catalogue, multipliers per decree, base salaries, and quotes")
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class RewardRulesResource {

    private final RewardRuleQueries rules;
    private final RewardRuleAmendment amendment;
    private final RewardPricing pricing;

    public RewardRulesResource(RewardRuleQueries rules, RewardRuleAmendment amendment, RewardPricing pricing) {
        this.rules = rules;
        this.amendment = amendment;
        this.pricing = pricing;
    }

    @GET
    @Path("/award-types")
    @Operation(
            summary = "The award catalogue by code, each type with its multiplier per legal period",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<AwardTypeView>> awardTypes(
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<RewardRuleQueries.AwardTypeWithRules> found = rules.catalogue(page, size);
        return PagedResponses.ok(
                found.items().stream().map(AwardTypeView::of).toList(), found.total(), page, size, uri);
    }

    @GET
    @Path("/award-types/{code}")
    @Operation(summary = "One award type with its multiplier per legal period")
    public AwardTypeView awardType(@PathParam("code") String code) {
        return AwardTypeView.of(rules.awardType(code));
    }

    @GET
    @Path("/reward-principles")
    @Operation(
            summary = "The principles of payment that are not a multiplier (only the highest amount), per legal"
                    + " period, each with its article, source and whether it was read")
    public List<RewardPrincipleView> principles() {
        return rules.principles().stream().map(RewardPrincipleView::of).toList();
    }

    @POST
    @Path("/award-types/{code}/multipliers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(
            summary = "Record a new decree's multiplier; the open period closes the day before",
            description = "400 on legalBasis (not a legal reference) or validFrom (more than a year ahead); 422"
                    + " implausible-multiplier outside 0.1-20 or beyond 3x (1/3) of the previous period's, unless"
                    + " confirm: true.")
    public Response addMultiplier(@PathParam("code") String code, @NotNull @Valid MultiplierRequest request) {
        amendment.addMultiplier(code, request.toCommand());
        AwardTypeView type = AwardTypeView.of(rules.awardType(code));
        return Response.created(URI.create("/api/v1/award-types/" + type.code()))
                .entity(type)
                .build();
    }

    @GET
    @Path("/base-salaries")
    @Operation(
            summary = "The base salary (mức lương cơ sở) by date, oldest first",
            description = "Paged: page (from 0) and size. Headers X-Total-Count and Link (first, prev, next, last).")
    public RestResponse<List<BaseSalaryView>> baseSalaries(
            @QueryParam(PagedResponses.PAGE) @DefaultValue("0") @Min(0) int page,
            @QueryParam(PagedResponses.SIZE) @DefaultValue("50") @Min(1) @Max(200) int size,
            UriInfo uri) {
        Found<BaseSalary> found = rules.baseSalaries(page, size);
        return PagedResponses.ok(
                found.items().stream().map(BaseSalaryView::of).toList(), found.total(), page, size, uri);
    }

    @POST
    @Path("/base-salaries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AWARD_OFFICER)
    @Operation(
            summary = "Record a new base salary; it must take effect after the latest one",
            description = "400 on legalBasis (not a legal reference) or effectiveFrom (more than a year ahead); 422"
                    + " implausible-amount more than 50 % away from the latest one, unless confirm: true.")
    public Response addBaseSalary(@NotNull @Valid BaseSalaryRequest request) {
        BaseSalary salary = amendment.addBaseSalary(request.toCommand());
        return Response.created(URI.create("/api/v1/base-salaries"))
                .entity(BaseSalaryView.of(salary))
                .build();
    }

    @GET
    @Path("/quote")
    @Operation(summary = "What an award would pay a recipient kind under the rules of a decision date")
    public QuoteView quote(
            @QueryParam("awardCode") String awardCode,
            @QueryParam("recipientKind") NomineeKind recipientKind,
            @QueryParam("decisionDate") LocalDate decisionDate) {
        required("awardCode", awardCode);
        required("recipientKind", recipientKind);
        required("decisionDate", decisionDate);
        RewardQuote quote = pricing.quote(awardCode, recipientKind, decisionDate);
        return new QuoteView(
                awardCode,
                recipientKind,
                decisionDate,
                quote.legalBasis(),
                quote.multiplier(),
                quote.collectiveFactor(),
                quote.baseSalaryVnd(),
                quote.baseSalaryBasis(),
                quote.amountVnd());
    }

    /** Checked here rather than by {@code @NotNull}, to keep the reason these answers have always given. */
    private static void required(String name, Object value) {
        if (value == null) {
            throw ProblemException.invalidField(name, "is required", "Không được để trống");
        }
    }

    /** The computed RewardQuote, with the question it answers. */
    public record QuoteView(
            String awardCode,
            NomineeKind recipientKind,
            LocalDate decisionDate,
            String legalBasis,
            BigDecimal multiplier,
            BigDecimal collectiveFactor,
            long baseSalaryVnd,
            String baseSalaryBasis,
            long amountVnd) {}
}
