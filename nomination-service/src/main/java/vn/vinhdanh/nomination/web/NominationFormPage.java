package vn.vinhdanh.nomination.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vinhdanh.desk.FormErrors;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.events.VietnameseNames;
import vn.vinhdanh.nomination.domain.AwardTitle;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.rest.NominationRequest;
import vn.vinhdanh.nomination.service.AwardTitleQueries;
import vn.vinhdanh.nomination.service.MovementQueries;

/**
 * The nomination form, for a new nomination and for an amendment after the council's return: the same fields, the
 * same checks of the API's {@link NominationRequest} before the use case, the same way back with every message.
 */
@ApplicationScoped
public class NominationFormPage {

    private final MovementQueries movements;
    private final AwardTitleQueries titles;
    private final Validator validator;
    private final Template nominate;

    public NominationFormPage(
            MovementQueries movements,
            AwardTitleQueries titles,
            Validator validator,
            @Location("agency/nominate.html") Template nominate) {
        this.movements = movements;
        this.titles = titles;
        this.validator = validator;
        this.nominate = nominate;
    }

    /**
     * A choice of the title list: its Vietnamese name, and the levels that grant it on the last day of the movement's
     * period (the day intake judges it on, {@link Movement#periodEnd()}), so the officer picks one that fits the level
     * chosen above (the submission checks it again).
     */
    public record TitleChoice(String code, String label) {}

    List<TitleChoice> titleChoices(Movement movement, String current) {
        LocalDate periodEnd = movement.periodEnd();
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<TitleChoice> choices = new ArrayList<>();
        boolean currentListed = current == null || current.isEmpty();
        for (AwardTitle title : titles.all()) {
            String levels = title.grants.stream()
                    .filter(grant -> grant.appliesOn(periodEnd))
                    .map(grant -> grant.level)
                    .distinct()
                    .sorted()
                    .map(VietnameseNames::of)
                    .collect(Collectors.joining(", "));
            choices.add(new TitleChoice(
                    title.code,
                    title.nameVi + (levels.isEmpty() ? " (không cấp nào khen cho kỳ thi đua này)" : " – " + levels)));
            currentListed |= title.code.equals(current);
        }
        choices.sort(Comparator.comparing(TitleChoice::label, vietnamese));
        if (!currentListed) {
            // a code the catalogue does not hold (an old nomination, a typed URL): kept, so the refusal can name it
            choices.add(0, new TitleChoice(current, current + " (không có trong danh mục)"));
        }
        return choices;
    }

    /**
     * Where the form posts; for an amendment, the council's reason for the return; a note above the form (a draft
     * just saved), or null.
     */
    public record Purpose(String action, String heading, String returnReason, String notice) {

        public boolean amending() {
            return returnReason != null;
        }
    }

    public List<Criterion> criteria(Movement movement, TargetGroup group, Integer version) {
        return group == null
                ? List.of()
                : movements.criteria(movement.id, version).of(group);
    }

    /** Bean Validation of the request the form was read into, and the inputs it could not read. */
    public FormErrors check(NominationForm form, NominationRequest request) {
        Set<ConstraintViolation<NominationRequest>> violations = validator.validate(request);
        return violations.isEmpty() && form.unreadable().isEmpty()
                ? FormErrors.none()
                : FormErrors.of(form.unreadable(), violations);
    }

    public String render(
            Movement movement,
            TargetGroup group,
            List<Criterion> criteria,
            NominationForm form,
            FormErrors errors,
            Purpose purpose) {
        return nominate.data("movement", movement)
                .data("group", group)
                .data("groups", TargetGroup.values())
                .data("evidence", group == null ? List.of() : EvidenceField.of(criteria))
                .data("form", form)
                .data("errors", errors)
                .data("purpose", purpose)
                .data("levels", Level.values())
                .data("sectors", Sector.values())
                .data("kinds", NomineeKind.values())
                .data("titles", titleChoices(movement, form.value("proposedAward")))
                .render();
    }

    /** The form again, answered 400: each message next to its field and in the summary, the input kept. */
    public Response refused(
            Movement movement,
            TargetGroup group,
            List<Criterion> criteria,
            NominationForm form,
            FormErrors errors,
            Purpose purpose) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(movement, group, criteria, form, errors, purpose))
                .build();
    }

    /** One textarea per criterion of the nominee's target group, named as the API body's evidence list. */
    public record EvidenceField(String name, String label, String hint) {

        static List<EvidenceField> of(List<Criterion> criteria) {
            List<EvidenceField> fields = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                Criterion criterion = criteria.get(i);
                fields.add(new EvidenceField(
                        "evidence[" + i + "].text",
                        criterion.code + " – " + criterion.description,
                        criterion.required ? "Bắt buộc" : "Không bắt buộc"));
            }
            return fields;
        }
    }
}
