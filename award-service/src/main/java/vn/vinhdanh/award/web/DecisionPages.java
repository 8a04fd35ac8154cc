package vn.vinhdanh.award.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.config.AwardConfig;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardDecision;
import vn.vinhdanh.award.domain.Budget;
import vn.vinhdanh.award.domain.DecisionStatus;
import vn.vinhdanh.award.service.AwardQueries;
import vn.vinhdanh.award.service.BudgetQueries;
import vn.vinhdanh.award.service.CertificatePrinting;
import vn.vinhdanh.award.service.CreateDecision;
import vn.vinhdanh.award.service.DecisionPreparation;
import vn.vinhdanh.award.service.DecisionQueries;
import vn.vinhdanh.award.service.DecisionSigning;
import vn.vinhdanh.award.service.IssuerQueries;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.problem.ProblemException;

/**
 * Composing a decision out of draft awards with each amount previewed under the rules of its date, then signing it
 * ({@link DecisionPreparation}, {@link DecisionSigning}: the API's POST /decisions and /decisions/{id}/sign).
 */
@Path("/desk/decisions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class DecisionPages {

    private final AwardQueries awards;
    private final BudgetQueries budgets;
    private final DecisionQueries decisions;
    private final IssuerQueries issuers;
    private final DecisionPreparation preparation;
    private final DecisionSigning signing;
    private final DecisionPreview preview;
    private final CertificatePrinting certificates;
    private final AwardConfig config;
    private final Clock clock;
    private final DeskCsrf csrf;
    private final Template compose;
    private final Template page;

    public DecisionPages(
            AwardQueries awards,
            BudgetQueries budgets,
            DecisionQueries decisions,
            IssuerQueries issuers,
            DecisionPreparation preparation,
            DecisionSigning signing,
            DecisionPreview preview,
            CertificatePrinting certificates,
            AwardConfig config,
            Clock clock,
            DeskCsrf csrf,
            @Location("officer/decision-new.html") Template compose,
            @Location("officer/decision.html") Template page) {
        this.awards = awards;
        this.budgets = budgets;
        this.decisions = decisions;
        this.issuers = issuers;
        this.preparation = preparation;
        this.signing = signing;
        this.preview = preview;
        this.certificates = certificates;
        this.config = config;
        this.clock = clock;
        this.csrf = csrf;
        this.compose = compose;
        this.page = page;
    }

    /** The form for the awards ticked on the desk, with the preview of their amounts today. */
    @GET
    @Path("new")
    public String form(
            @QueryParam("award") List<UUID> awardIds,
            @QueryParam("issuer") String issuer,
            @QueryParam("decisionDate") String decisionDate,
            @QueryParam("signer") String signer,
            @QueryParam("fund") String fund) {
        FormInput form = FormInput.of(Map.of(
                "issuer", blank(issuer) ? config.decisionIssuer() : issuer,
                "decisionDate", blank(decisionDate) ? LocalDate.now(clock).toString() : decisionDate,
                "signer", blank(signer) ? "" : signer,
                "fund", blank(fund) ? config.defaultFund() : fund));
        return render(awardIds, form, FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        List<UUID> awardIds = ids(form.values("award"));
        if ("preview".equals(form.value("intent"))) {
            // "Xem lại số tiền": the same form again, priced for the date and issuer now in it
            return Response.ok(render(awardIds, form, FormErrors.none()))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .build();
        }
        try {
            if (form.value("signer").isEmpty()) {
                throw ProblemException.invalidField(
                        "signer", "must not be empty", "Nhập họ tên, chức vụ người ký quyết định");
            }
            CreateDecision command = new CreateDecision(
                    form.valueOrNull("issuer"), date(form), form.value("signer"), form.valueOrNull("fund"), awardIds);
            AwardDecision decision = preparation.create(null, command).resource();
            return Response.seeOther(URI.create("/desk/decisions/" + decision.id + "?done=created"))
                    .build();
        } catch (ProblemException refusal) {
            return Response.status(400)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(awardIds, form, FormErrors.of(refusal)))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    public String decision(@PathParam("id") UUID id, @QueryParam("done") String done) {
        String notice = "created".equals(done)
                ? "Đã lập dự thảo quyết định. Kiểm tra số tiền rồi ký."
                : "signed".equals(done) ? "Đã ký quyết định; khen thưởng đã được trao và thông báo." : null;
        return show(id, notice, FormErrors.none());
    }

    @POST
    @Path("{id}/sign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AWARD_OFFICER)
    public Response sign(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        try {
            signing.sign(id);
            return Response.seeOther(URI.create("/desk/decisions/" + id + "?done=signed"))
                    .build();
        } catch (ProblemException refusal) {
            return Response.status(refusal.status() == 404 ? 404 : 409)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(show(id, null, FormErrors.of(refusal)))
                    .build();
        }
    }

    private String render(List<UUID> awardIds, FormInput form, FormErrors errors) {
        List<Award> chosen = awardIds == null || awardIds.isEmpty()
                ? List.of()
                : awards.all(awardIds.stream().distinct().toList());
        LocalDate day = parsed(form.value("decisionDate"));
        return compose.data("awards", chosen)
                .data("preview", day == null ? null : preview.of(chosen, form.valueOrNull("issuer"), day))
                .data("issuers", issuers.list())
                .data("form", form)
                .data("errors", errors)
                .render();
    }

    private String show(UUID id, String notice, FormErrors errors) {
        AwardDecision decision = decisions.get(id);
        List<Award> listed = awards.ofDecision(id);
        boolean draft = decision.status == DecisionStatus.DRAFT;
        Budget budget = budgets.list(decision.decisionDate.getYear()).stream()
                .filter(b -> b.key.fund().equals(decision.fund))
                .findFirst()
                .orElse(null);
        return page.data("d", decision)
                .data("awards", listed)
                .data("preview", draft ? preview.of(listed, decision.issuer, decision.decisionDate) : null)
                .data("budget", budget)
                // a higher level's decision recorded here: its certificates are issued above, not printed here
                .data(
                        "printable",
                        listed.stream()
                                .filter(certificates::printedHere)
                                .map(a -> a.id)
                                .collect(Collectors.toSet()))
                .data("notice", notice)
                .data("errors", errors)
                .render();
    }

    private static LocalDate date(FormInput form) {
        LocalDate day = parsed(form.value("decisionDate"));
        if (day == null) {
            throw ProblemException.invalidField(
                    "decisionDate", "not a date (yyyy-MM-dd)", "Ngày quyết định theo dạng năm-tháng-ngày");
        }
        return day;
    }

    private static LocalDate parsed(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<UUID> ids(List<String> values) {
        try {
            return values.stream().map(UUID::fromString).toList();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("award", "not an award id", "Mã khen thưởng không hợp lệ");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
