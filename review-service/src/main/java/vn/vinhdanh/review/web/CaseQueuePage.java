package vn.vinhdanh.review.web;

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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.CaseStatus;
import vn.vinhdanh.review.service.AssignAutomatically;
import vn.vinhdanh.review.service.CaseAssignment;
import vn.vinhdanh.review.service.CouncilQueries;
import vn.vinhdanh.review.service.ReviewQueries;

/**
 * The secretary's queue of cases, filtered by status, level, sector, movement, council and overdue, with reviewers
 * given automatically to the cases ticked ({@link CaseAssignment}, the API's assignments/auto).
 */
@Path("/desk/cases")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.ADMIN})
public class CaseQueuePage {

    static final int PAGE_SIZE = 25;

    private final ReviewQueries reviews;
    private final CouncilQueries councils;
    private final CaseAssignment assignment;
    private final DeskCsrf csrf;
    private final Template page;

    public CaseQueuePage(
            ReviewQueries reviews,
            CouncilQueries councils,
            CaseAssignment assignment,
            DeskCsrf csrf,
            @Location("council/cases.html") Template page) {
        this.reviews = reviews;
        this.councils = councils;
        this.assignment = assignment;
        this.csrf = csrf;
        this.page = page;
    }

    /** The queue's filters as the query string carries them; an absent status means the open cases. */
    public record Filters(
            String status, Level level, Sector sector, UUID movement, UUID council, boolean overdue, int page) {

        ReviewQueries.Filter toFilter() {
            CaseStatus wanted = status == null ? CaseStatus.OPEN : status.isEmpty() ? null : CaseStatus.valueOf(status);
            return new ReviewQueries.Filter(null, wanted, council, overdue, level, sector, movement);
        }

        public String statusValue() {
            return status == null ? CaseStatus.OPEN.name() : status;
        }

        /** This page's address with another page number. */
        public String pageLink(int number) {
            UriBuilder link = UriBuilder.fromPath("/desk/cases").queryParam("status", statusValue());
            if (level != null) link.queryParam("level", level);
            if (sector != null) link.queryParam("sector", sector);
            if (movement != null) link.queryParam("movement", movement);
            if (council != null) link.queryParam("council", council);
            if (overdue) link.queryParam("overdue", "true");
            return link.queryParam("page", number).build().toString();
        }
    }

    @GET
    public String queue(
            @QueryParam("status") String status,
            @QueryParam("level") Level level,
            @QueryParam("sector") Sector sector,
            @QueryParam("movement") UUID movement,
            @QueryParam("council") UUID council,
            @QueryParam("overdue") boolean overdue,
            @QueryParam("page") Integer page,
            @QueryParam("assigned") Integer assigned) {
        String known = status == null || status.isEmpty() || isStatus(status) ? status : null;
        Filters filters =
                new Filters(known, level, sector, movement, council, overdue, page == null || page < 1 ? 1 : page);
        String notice = assigned == null ? null : "Đã phân công thành viên thẩm định cho " + assigned + " hồ sơ.";
        return render(filters, notice, FormErrors.none(), FormInput.empty());
    }

    @POST
    @Path("reviewers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COUNCIL_SECRETARY)
    public Response assignAutomatically(MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        try {
            List<UUID> caseIds =
                    form.values("caseId").stream().map(UUID::fromString).toList();
            if (caseIds.isEmpty()) {
                throw ProblemException.invalidField(
                        "caseId", "tick the cases to assign reviewers to", "Đánh dấu các hồ sơ cần phân công");
            }
            int perCase = reviewersPerCase(form);
            List<CaseAssignment.AutoAssigned> done =
                    assignment.assignAutomatically(new AssignAutomatically(caseIds, perCase));
            return Response.seeOther(UriBuilder.fromPath("/desk/cases")
                            .queryParam("assigned", done.size())
                            .build())
                    .build();
        } catch (ProblemException refusal) {
            return Response.status(400)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(
                            new Filters(null, null, null, null, null, false, 1), null, FormErrors.of(refusal), form))
                    .build();
        } catch (IllegalArgumentException tampered) {
            throw ProblemException.invalidField("caseId", "not a case id", "Mã hồ sơ không hợp lệ");
        }
    }

    private static int reviewersPerCase(FormInput form) {
        try {
            int perCase = Integer.parseInt(form.value("reviewersPerCase"));
            if (perCase >= 1 && perCase <= 15) {
                return perCase;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField(
                "reviewersPerCase", "from 1 to 15 reviewers per case", "Số thành viên mỗi hồ sơ từ 1 đến 15");
    }

    private String render(Filters filters, String notice, FormErrors errors, FormInput form) {
        // a page of PAGE_SIZE and the total: asking for PAGE_SIZE + 1 rows per page index would skip a row per page
        var found = reviews.list(filters.toFilter(), filters.page() - 1, PAGE_SIZE);
        List<ReviewQueries.CaseDetail> items = found.items();
        boolean more = found.total() > (long) filters.page() * PAGE_SIZE;
        List<vn.vinhdanh.review.domain.Council> councilList = councils.list();
        return page.data("items", items)
                .data("more", more)
                .data("f", filters)
                .data("councils", CaseDossier.councils(councilList))
                .data("councilList", councilList)
                .data("movements", reviews.movements())
                .data("levels", Level.values())
                .data("sectors", Sector.values())
                .data("statuses", CaseStatus.values())
                .data("notice", notice)
                .data("errors", errors)
                .data("form", form)
                .render();
    }

    private static boolean isStatus(String status) {
        for (CaseStatus known : CaseStatus.values()) {
            if (known.name().equals(status)) {
                return true;
            }
        }
        return false;
    }
}
