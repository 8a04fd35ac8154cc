package vn.vinhdanh.publicity.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
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
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.problem.ProblemMappers;
import vn.vinhdanh.province.ProvinceClock;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.rest.FeatureRequests;
import vn.vinhdanh.publicity.service.DeskCommands;
import vn.vinhdanh.publicity.service.EditorialDesk;
import vn.vinhdanh.publicity.service.FeatureQueries;
import vn.vinhdanh.publicity.service.Publishing;

/**
 * One story on the editor's desk: its text edited against the version read (a stale edit comes back as "changed
 * meanwhile" with both texts), the revision history with what each edit changed, the workflow (submit, request
 * changes, approve, schedule, publish) with what blocks publication (the award's block in award-service's Vietnamese
 * words, missing consent), and a correction or kill with its reason.
 * Each form goes to the use case of the API's call ({@link EditorialDesk}, {@link Publishing}).
 */
@Path("/desk/features/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class FeaturePage {

    private final FeatureQueries features;
    private final EditorialDesk desk;
    private final Publishing publishing;
    private final Validator validator;
    private final DeskCsrf csrf;
    private final Template page;

    public FeaturePage(
            FeatureQueries features,
            EditorialDesk desk,
            Publishing publishing,
            Validator validator,
            DeskCsrf csrf,
            @Location("editor/feature.html") Template page) {
        this.features = features;
        this.desk = desk;
        this.publishing = publishing;
        this.validator = validator;
        this.csrf = csrf;
        this.page = page;
    }

    @GET
    public String show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return render(features.get(id), notice(done), FormErrors.none(), null, null);
    }

    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.EDITOR)
    public Response edit(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        FeatureRequests.Edit edit = new FeatureRequests.Edit(
                form.value("title"), form.value("summary"), form.value("body"), form.valueOrNull("note"));
        var violations = validator.validate(edit);
        if (!violations.isEmpty()) {
            return refused(id, FormErrors.of(Map.of(), violations), form, null);
        }
        try {
            desk.edit(new DeskCommands.Edit(id, version(form), edit.title(), edit.summary(), edit.body(), edit.note()));
            return seeOther(id, "edited");
        } catch (ProblemException refusal) {
            if (refusal.status() == 412) {
                // changed meanwhile: the other version beside the editor's own, which is kept in the form
                return refused(id, FormErrors.none(), form, features.get(id));
            }
            return refused(id, FormErrors.of(refusal), form, null);
        } catch (RuntimeException e) {
            if (ProblemMappers.concurrentModification(e) == null) {
                throw e;
            }
            // saved by someone else (or by an upstream event) while this save was committing: as a 412
            return refused(id, FormErrors.none(), form, features.get(id));
        }
    }

    @POST
    @Path("workflow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.EDITOR)
    public Response workflow(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(id, sent, form -> {
            switch (form.value("action")) {
                case "submit" -> desk.submitForReview(id);
                case "request-changes" ->
                    desk.requestChanges(new DeskCommands.RequestChanges(id, form.valueOrNull("comment")));
                case "approve" -> desk.approve(id);
                case "publish" -> publishing.publish(id);
                case "schedule" -> publishing.schedule(new DeskCommands.Schedule(id, publishAt(form)));
                default -> throw ProblemException.invalidField("action", "unknown action", "Thao tác không hợp lệ.");
            }
        });
    }

    @POST
    @Path("correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.EDITOR)
    public Response correct(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(
                id,
                sent,
                form -> publishing.correct(new DeskCommands.Correct(
                        id,
                        version(form),
                        form.required("correctionNote", "Ghi chú đính chính cho bạn đọc"),
                        form.valueOrNull("correctedBody"))));
    }

    @POST
    @Path("kill")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.EDITOR)
    public Response kill(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        return act(
                id,
                sent,
                form -> publishing.kill(new DeskCommands.Kill(id, form.required("killReason", "Nêu lý do gỡ bài"))));
    }

    private Response act(UUID id, MultivaluedMap<String, String> sent, Consumer<FormInput> work) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        try {
            work.accept(form);
            return seeOther(id, form.value("action").isEmpty() ? "changed" : form.value("action"));
        } catch (ProblemException refusal) {
            return refused(id, FormErrors.of(refusal), form, null);
        } catch (RuntimeException e) {
            // the story changed while this step was committing (an award event rewrote it): read again, try again
            ProblemException concurrent = ProblemMappers.concurrentModification(e);
            if (concurrent == null) {
                throw e;
            }
            return refused(id, FormErrors.of(concurrent), form, null);
        }
    }

    private Response refused(UUID id, FormErrors errors, FormInput form, Feature theirs) {
        Feature feature = features.get(id);
        return Response.status(theirs != null ? 412 : 400)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(feature, null, errors, form, theirs))
                .build();
    }

    private String render(Feature feature, String notice, FormErrors errors, FormInput form, Feature theirs) {
        FormInput shown = form != null
                ? form
                : FormInput.of(Map.of("title", feature.title, "summary", feature.summary, "body", feature.body));
        return page.data("f", feature)
                .data("form", shown)
                // after a stale edit, the form carries the version it now answers, so that saving again is deliberate
                .data("version", feature.version)
                .data("theirs", theirs)
                .data(
                        "mine",
                        theirs == null
                                ? null
                                : RevisionDiff.lines(
                                        theirs.title + "\n" + theirs.summary + "\n" + theirs.body,
                                        shown.value("title") + "\n" + shown.value("summary") + "\n"
                                                + shown.value("body")))
                .data("history", RevisionDiff.of(feature, features.revisions(feature.id)))
                .data("corrections", features.corrections(feature.id))
                .data("blocker", feature.publicationRules().publicationBlocker())
                .data("consentBlocker", feature.consentBlockerVi())
                .data("awardBlocker", feature.awardBlockReasonVi())
                .data("notice", notice)
                .data("errors", errors)
                .render();
    }

    private static Response seeOther(UUID id, String done) {
        return Response.seeOther(URI.create("/desk/features/" + id + "?done=" + done))
                .build();
    }

    private static long version(FormInput form) {
        try {
            return Long.parseLong(form.value("version"));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(
                    "version",
                    "the form lost the version it was read at; reload the page",
                    "Biểu mẫu không còn giữ phiên bản bài viết lúc mở; đề nghị tải lại trang.");
        }
    }

    /** The moment the editor picked, on Lào Cai's clock. */
    private static java.time.Instant publishAt(FormInput form) {
        try {
            return LocalDateTime.parse(form.required("publishAt", "Chọn ngày giờ đăng"))
                    .atZone(ProvinceClock.ZONE)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(
                    "publishAt",
                    "must be a date and time as year-month-day hour:minute",
                    "Ngày giờ theo dạng năm-tháng-ngày giờ:phút");
        }
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "edited" -> "Đã lưu bài.";
            case "submit" -> "Đã gửi duyệt.";
            case "request-changes" -> "Đã trả lại người viết để sửa.";
            case "approve" -> "Đã duyệt bài.";
            case "schedule" -> "Đã hẹn giờ đăng; bài không hiện trước giờ đó.";
            case "publish" -> "Đã đăng bài; bài đã lên trang tin và nguồn tin.";
            case "correct" -> "Đã đính chính; bạn đọc thấy ghi chú đính chính.";
            case "kill" -> "Đã gỡ bài; nguồn tin giữ dấu bài đã gỡ.";
            case "changed" -> "Đã cập nhật.";
            default -> null;
        };
    }
}
