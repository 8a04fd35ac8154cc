package vn.vinhdanh.review.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.desk.FormInput;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.Score;
import vn.vinhdanh.review.domain.ScoreSheet;
import vn.vinhdanh.review.service.CaseScoring;
import vn.vinhdanh.review.service.SaveScoreSheet;

/**
 * A reviewer's score sheet on a phone: a score from 0 to 10 per criterion with its weight, the required ones marked,
 * saved as a draft or submitted and locked ({@link CaseScoring}, the API's score-sheets/mine).
 */
@Path("/desk/cases/{id}/score-sheet")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.COUNCIL_MEMBER)
public class ScoreSheetPage {

    private static final Pattern ITEM_FIELD = Pattern.compile("scores\\[(\\d+)\\]\\.(\\w+)");

    private final CaseDossier dossiers;
    private final CaseScoring scoring;
    private final Caller caller;
    private final DeskCsrf csrf;
    private final Template page;

    public ScoreSheetPage(
            CaseDossier dossiers,
            CaseScoring scoring,
            Caller caller,
            DeskCsrf csrf,
            @Location("council/score-sheet.html") Template page) {
        this.dossiers = dossiers;
        this.scoring = scoring;
        this.caller = caller;
        this.csrf = csrf;
        this.page = page;
    }

    @GET
    public String show(@PathParam("id") UUID id) {
        CaseDossier.Dossier dossier = dossiers.of(id);
        return render(dossier, ownSheetInput(dossier), FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        csrf.verify(sent);
        FormInput form = FormInput.of(sent);
        CaseDossier.Dossier dossier = dossiers.of(id);
        Map<String, String> unreadable = new LinkedHashMap<>();
        List<SaveScoreSheet.Item> items = new ArrayList<>();
        List<String> codeOfItem = new ArrayList<>();
        for (CaseDossier.CriterionEvidence item : dossier.criteria()) {
            String code = item.criterion().code();
            String typed = form.value("score-" + code).replace(',', '.');
            if (typed.isEmpty()) {
                continue;
            }
            try {
                items.add(new SaveScoreSheet.Item(code, new BigDecimal(typed), form.valueOrNull("comment-" + code)));
                codeOfItem.add(code);
            } catch (NumberFormatException e) {
                unreadable.put("score-" + code, "Điểm là một số từ 0 đến 10, ví dụ 8,5");
            }
        }
        FormErrors errors;
        if (!unreadable.isEmpty()) {
            errors = FormErrors.of(unreadable, List.of());
        } else {
            boolean submit = "submit".equals(form.value("intent"));
            try {
                scoring.saveDraft(id, new SaveScoreSheet(items, form.valueOrNull("comment")));
                if (submit) {
                    scoring.submit(id);
                }
                return Response.seeOther(URI.create("/desk/cases/" + id + "?done=" + (submit ? "submitted" : "scored")))
                        .build();
            } catch (ProblemException refusal) {
                errors = FormErrors.of(onTheForm(refusal, codeOfItem));
            }
        }
        return Response.status(400)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(dossiers.of(id), form, errors, null))
                .build();
    }

    private String render(CaseDossier.Dossier dossier, FormInput form, FormErrors errors, String notice) {
        ScoreSheet own = ownSheet(dossier);
        return page.data("d", dossier)
                .data("form", form)
                .data("errors", errors)
                .data("locked", own != null && own.submitted())
                .data("notice", notice)
                .render();
    }

    private ScoreSheet ownSheet(CaseDossier.Dossier dossier) {
        return dossier.sheets().stream()
                .filter(s -> s.key.memberId().equals(caller.seat()))
                .findFirst()
                .orElse(null);
    }

    /** The sheet as saved, in the form's field names. */
    private FormInput ownSheetInput(CaseDossier.Dossier dossier) {
        ScoreSheet own = ownSheet(dossier);
        Map<String, String> values = new HashMap<>();
        if (own != null) {
            for (Score score : own.scores) {
                values.put("score-" + score.criterionCode, score.score.toPlainString());
                if (score.comment != null) {
                    values.put("comment-" + score.criterionCode, score.comment);
                }
            }
            if (own.comment != null) {
                values.put("comment", own.comment);
            }
        }
        return FormInput.of(values);
    }

    /** The use case names items by their index in the request; the form names them by criterion. */
    private static ProblemException onTheForm(ProblemException refusal, List<String> codeOfItem) {
        return refusal.withFieldsRenamed(field -> {
            Matcher item = ITEM_FIELD.matcher(field);
            if (!item.matches() || Integer.parseInt(item.group(1)) >= codeOfItem.size()) {
                return field;
            }
            String code = codeOfItem.get(Integer.parseInt(item.group(1)));
            return item.group(2).equals("comment") ? "comment-" + code : "score-" + code;
        });
    }
}
