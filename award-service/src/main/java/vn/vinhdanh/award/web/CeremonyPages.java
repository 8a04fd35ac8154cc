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
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.Ceremony;
import vn.vinhdanh.award.domain.CeremonyStatus;
import vn.vinhdanh.award.service.AwardQueries;
import vn.vinhdanh.award.service.CeremonyAttachment;
import vn.vinhdanh.award.service.CeremonyPlanning;
import vn.vinhdanh.award.service.CeremonyQueries;
import vn.vinhdanh.award.service.ScheduleCeremony;
import vn.vinhdanh.award.service.TraditionalDayQueries;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;

/**
 * Award ceremonies: the coming ones, a new one (its occasion, traditional day, date, time and place; the next
 * traditional day of the sector proposed, from the table of days), the granted awards presented at it, and a cancellation with its reason ({@link CeremonyPlanning},
 * {@link CeremonyAttachment}: the API's /ceremonies). Each change is announced to publicity, which dates the stories.
 */
@Path("/desk/ceremonies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class CeremonyPages {

    private final CeremonyQueries ceremonies;
    private final TraditionalDayQueries days;
    private final CeremonyPlanning planning;
    private final CeremonyAttachment attachment;
    private final AwardQueries awards;
    private final Clock clock;
    private final DeskCsrf csrf;
    private final Template list;
    private final Template page;

    public CeremonyPages(
            CeremonyQueries ceremonies,
            TraditionalDayQueries days,
            CeremonyPlanning planning,
            CeremonyAttachment attachment,
            AwardQueries awards,
            Clock clock,
            DeskCsrf csrf,
            @Location("officer/ceremonies.html") Template list,
            @Location("officer/ceremony.html") Template page) {
        this.ceremonies = ceremonies;
        this.days = days;
        this.planning = planning;
        this.attachment = attachment;
        this.awards = awards;
        this.clock = clock;
        this.csrf = csrf;
        this.list = list;
        this.page = page;
    }

    @GET
    public String ceremonies(@QueryParam("sector") Sector sector) {
        LocalDate today = LocalDate.now(clock);
        CeremonyQueries.NextTraditionalDay next = ceremonies.nextTraditionalDay(sector, null, null, today);
        FormInput proposed = FormInput.of(java.util.Map.of(
                "name",
                "Lễ trao tặng khen thưởng nhân " + next.day().nameVi,
                "occasion",
                next.day().occasion().name(),
                "traditionalDay",
                next.day().code,
                "ceremonyDate",
                next.date().toString(),
                "sector",
                sector == null ? "" : sector.name()));
        return renderList(proposed, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AWARD_OFFICER)
    public Response schedule(MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        try {
            Ceremony ceremony = planning.create(command(form));
            return Response.seeOther(URI.create("/desk/ceremonies/" + ceremony.id + "?done=scheduled"))
                    .build();
        } catch (ProblemException refusal) {
            return Response.status(400)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(renderList(form, FormErrors.of(refusal)))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    public String ceremony(@PathParam("id") UUID id, @QueryParam("done") String done) {
        String notice = switch (done == null ? "" : done) {
            case "scheduled" ->
                "Đã lên lịch lễ trao; các bài viết về khen thưởng được trao sẽ đề xuất ngày đăng theo lễ.";
            case "attached" -> "Đã cập nhật danh sách khen thưởng trao tại lễ.";
            case "cancelled" -> "Đã hủy lễ trao.";
            default -> null;
        };
        return render(id, notice, FormErrors.none(), FormInput.empty());
    }

    @POST
    @Path("{id}/awards")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AWARD_OFFICER)
    public Response attach(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(id, sent, "attached", form -> {
            List<UUID> picked = ids(form.values("award"));
            if (picked.isEmpty()) {
                throw ProblemException.invalidField("award", "must not be empty", "Chọn khen thưởng trao tại lễ");
            }
            attachment.attach(id, picked);
        });
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AWARD_OFFICER)
    public Response cancel(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(
                id, sent, "cancelled", form -> planning.cancel(id, form.required("cancelReason", "Nêu lý do hủy lễ")));
    }

    private Response act(UUID id, MultivaluedMap<String, String> sent, String done, Consumer<FormInput> work) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        try {
            work.accept(form);
            return Response.seeOther(URI.create("/desk/ceremonies/" + id + "?done=" + done))
                    .build();
        } catch (ProblemException refusal) {
            return Response.status(refusal.status() == 404 ? 404 : 400)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(id, null, FormErrors.of(refusal), form))
                    .build();
        }
    }

    private String renderList(FormInput form, FormErrors errors) {
        return list.data(
                        "items",
                        ceremonies
                                .list(CeremonyStatus.SCHEDULED, LocalDate.now(clock), null, 0, 50)
                                .items())
                .data("occasions", CeremonyOccasion.values())
                .data("days", days.list())
                .data("sectors", Sector.values())
                .data("form", form)
                .data("errors", errors)
                .render();
    }

    private String render(UUID id, String notice, FormErrors errors, FormInput form) {
        Ceremony ceremony = ceremonies.get(id);
        return page.data("c", ceremony)
                .data("presented", ceremonies.awardsOf(id))
                // the granted awards not yet given a ceremony's date: what the officer may add
                .data(
                        "granted",
                        awards.list(null, AwardStatus.GRANTED, null, 0, 100).items())
                .data("notice", notice)
                .data("errors", errors)
                .data("form", form)
                .render();
    }

    private static ScheduleCeremony command(FormInput form) {
        String name = form.required("name", "Nhập tên buổi lễ");
        String occasionName = form.required("occasion", "Chọn dịp tổ chức");
        CeremonyOccasion occasion = Arrays.stream(CeremonyOccasion.values())
                .filter(o -> o.name().equals(occasionName))
                .findFirst()
                .orElseThrow(
                        () -> ProblemException.invalidField("occasion", "not a ceremony occasion", "Chọn dịp tổ chức"));
        LocalDate day = form.date("ceremonyDate", "Nhập ngày tổ chức");
        LocalTime time = null;
        if (!form.value("startTime").isEmpty()) {
            try {
                time = LocalTime.parse(form.value("startTime"));
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField(
                        "startTime", "not a time (HH:mm)", "Giờ theo dạng giờ:phút, ví dụ 08:00");
            }
        }
        Sector sector = Arrays.stream(Sector.values())
                .filter(s -> s.name().equals(form.value("sector")))
                .findFirst()
                .orElse(null);
        // the five fixed occasions are their own day: the list's choice matters only for a sector's other days
        String traditionalDay = occasion != CeremonyOccasion.SECTOR_DAY
                        || form.value("traditionalDay").isEmpty()
                ? null
                : form.value("traditionalDay");
        return new ScheduleCeremony(
                name, occasion, day, time, form.required("place", "Nhập địa điểm"), sector, traditionalDay);
    }

    private static List<UUID> ids(List<String> values) {
        try {
            return values.stream().map(UUID::fromString).toList();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("award", "not an award id", "Mã khen thưởng không hợp lệ");
        }
    }
}
