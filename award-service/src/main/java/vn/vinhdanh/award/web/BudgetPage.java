package vn.vinhdanh.award.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.config.AwardConfig;
import vn.vinhdanh.award.service.BudgetQueries;
import vn.vinhdanh.award.service.Budgeting;
import vn.vinhdanh.award.service.SetBudget;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.problem.ProblemException;

/** A year's budgets per fund with what signed decisions committed, and setting one ({@link Budgeting}). */
@Path("/desk/budgets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class BudgetPage {

    private final BudgetQueries budgets;
    private final Budgeting budgeting;
    private final AwardConfig config;
    private final Clock clock;
    private final DeskCsrf csrf;
    private final Template page;

    public BudgetPage(
            BudgetQueries budgets,
            Budgeting budgeting,
            AwardConfig config,
            Clock clock,
            DeskCsrf csrf,
            @Location("officer/budgets.html") Template page) {
        this.budgets = budgets;
        this.budgeting = budgeting;
        this.config = config;
        this.clock = clock;
        this.csrf = csrf;
        this.page = page;
    }

    @GET
    public String budgets(@QueryParam("year") Integer year, @QueryParam("done") String done) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        FormInput form = FormInput.of(Map.of("year", String.valueOf(shown), "fund", config.defaultFund()));
        return render(shown, form, FormErrors.none(), "set".equals(done) ? "Đã lưu dự toán." : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AWARD_OFFICER)
    public Response set(MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        int year = LocalDate.now(clock).getYear();
        try {
            year = number(form, "year", "Năm là một số, ví dụ 2026", 2000, 2100);
            String fund = form.value("fund");
            if (fund.isEmpty()) {
                throw ProblemException.invalidField(
                        "fund", "must not be empty", "Nhập mã quỹ, ví dụ " + config.defaultFund());
            }
            long amount = amount(form);
            budgeting.set(new SetBudget(year, fund, amount));
            return Response.seeOther(URI.create("/desk/budgets?year=" + year + "&done=set"))
                    .build();
        } catch (ProblemException refusal) {
            return Response.status(400)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(year, form, FormErrors.of(refusal), null))
                    .build();
        }
    }

    private String render(int year, FormInput form, FormErrors errors, String notice) {
        return page.data("year", year)
                .data("budgets", budgets.list(year))
                .data("form", form)
                .data("errors", errors)
                .data("notice", notice)
                .render();
    }

    /** {@code message} is what the page says beside the field, in Vietnamese. */
    private static int number(FormInput form, String field, String message, int min, int max) {
        try {
            int value = Integer.parseInt(form.value(field));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField(field, "must be a whole number from " + min + " to " + max, message);
    }

    /** An amount as officers type it: "100.000.000", "100 000 000" or "100000000" đồng. */
    static long amount(FormInput form) {
        String digits = form.value("amountVnd")
                .replaceAll("[.\\s_]", "")
                .replace("đồng", "")
                .strip();
        try {
            long amount = Long.parseLong(digits);
            if (amount >= 0) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField(
                "amountVnd",
                "must be a whole amount in VND, digits only",
                "Số tiền bằng đồng, chỉ gồm chữ số, ví dụ 100.000.000");
    }
}
