package vn.vinhdanh.nomination.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.Nominee;
import vn.vinhdanh.nomination.rest.NominationRequest;
import vn.vinhdanh.nomination.rest.NominationRequest.AttachmentRequest;
import vn.vinhdanh.nomination.rest.NominationRequest.EvidenceRequest;
import vn.vinhdanh.nomination.rest.NominationRequest.NomineeRequest;
import vn.vinhdanh.nomination.service.SubmitNomination;

/**
 * The nomination form as the browser sent it. Its inputs carry the API body's field names ({@code nominee.name},
 * {@code evidence[0].text}), so that a refusal names the same field on the page as in problem+json, and it is read
 * into the API's own {@link NominationRequest}: one set of constraints, one use case, for the page and the portal.
 */
public final class NominationForm {

    /** The button pressed: {@value #SAVE_DRAFT} keeps the form as a draft, anything else sends it. */
    public static final String INTENT = "intent";

    public static final String SAVE_DRAFT = "draft";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> unreadable = new LinkedHashMap<>();

    private NominationForm() {}

    public static NominationForm empty() {
        return new NominationForm();
    }

    public static NominationForm of(MultivaluedMap<String, String> form) {
        NominationForm read = new NominationForm();
        form.forEach((name, sent) -> {
            if (!sent.isEmpty() && !name.equals(DeskCsrf.FIELD) && !name.equals(INTENT)) {
                read.values.put(name, sent.get(0).strip());
            }
        });
        return read;
    }

    /** What the person typed into {@code field}, kept when the page comes back with errors. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, String value) {
        return value.equals(values.get(field));
    }

    /** Inputs that could not be read as their type (a year that is not a number, an unknown choice). */
    public Map<String, String> unreadable() {
        return unreadable;
    }

    /**
     * A nomination as typed before (a saved draft, or the nomination as it stands when it is amended): its values in
     * the form's fields, its evidence in the textarea of its criterion. Parts may be missing (a draft).
     */
    public static NominationForm of(SubmitNomination typed, List<Criterion> criteria) {
        NominationForm form = new NominationForm();
        SubmitNomination.Nominee nominee = typed.nominee();
        if (nominee != null) {
            form.put("nominee.kind", nominee.kind());
            form.put("nominee.name", nominee.name());
            form.put("nominee.gender", nominee.gender());
            form.put("nominee.birthYear", nominee.birthYear());
            form.put("nominee.ethnicity", nominee.ethnicity());
            form.put("nominee.position", nominee.position());
            form.put("nominee.organization", nominee.organization());
            form.put("nominee.targetGroup", nominee.targetGroup());
            form.put("nominee.memberCount", nominee.memberCount());
        }
        form.put("level", typed.level());
        form.put("sector", typed.sector());
        form.put("proposedAward", typed.proposedAward());
        form.put("achievements", typed.achievements());
        form.put("goodPractices", typed.goodPractices());
        if (typed.publicityConsent() != null) {
            form.put("publicityConsent", typed.publicityConsent() ? "yes" : "no");
        }
        List<SubmitNomination.Evidence> evidence = typed.evidence() == null ? List.of() : typed.evidence();
        for (int i = 0; i < criteria.size(); i++) {
            String code = criteria.get(i).code;
            int index = i;
            evidence.stream()
                    .filter(given -> given != null && code.equals(given.criterionCode()))
                    .findFirst()
                    .ifPresent(given -> form.put("evidence[" + index + "].text", given.text()));
        }
        return form;
    }

    public static NominationForm of(Nomination nomination, List<Criterion> criteria) {
        Nominee nominee = nomination.nominee;
        return of(
                new SubmitNomination(
                        nomination.movement.id,
                        null,
                        new SubmitNomination.Nominee(
                                nominee.kind,
                                nominee.name,
                                nominee.gender,
                                nominee.birthYear,
                                nominee.ethnicity,
                                nominee.position,
                                nominee.organization,
                                nominee.targetGroup,
                                nominee.memberCount),
                        nomination.level,
                        nomination.sector,
                        nomination.proposedAward,
                        nomination.achievements,
                        nomination.goodPractices,
                        nomination.publicityConsent,
                        nomination.evidence.stream()
                                .map(given -> new SubmitNomination.Evidence(given.criterionCode, given.text))
                                .toList(),
                        null,
                        null,
                        null),
                criteria);
    }

    private void put(String field, Object value) {
        if (value != null) {
            values.put(field, value.toString());
        }
    }

    /** The nominee's target group as chosen, or null: the criteria, and so the evidence fields, follow from it. */
    public TargetGroup targetGroup() {
        try {
            return value("nominee.targetGroup").isEmpty() ? null : TargetGroup.valueOf(value("nominee.targetGroup"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @param attachments what the nomination already carries (the page does not edit them; an amendment keeps them)
     * @param changeNote what changed, for an amendment; null for a new nomination
     */
    public NominationRequest toRequest(
            UUID movementId, List<Criterion> criteria, List<AttachmentRequest> attachments, String changeNote) {
        NomineeKind kind = choice("nominee.kind", NomineeKind.class);
        NomineeRequest nominee = new NomineeRequest(
                kind,
                text("nominee.name"),
                text("nominee.gender"),
                number("nominee.birthYear"),
                text("nominee.ethnicity"),
                text("nominee.position"),
                text("nominee.organization"),
                choice("nominee.targetGroup", TargetGroup.class),
                number("nominee.memberCount"));
        List<EvidenceRequest> evidence = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            String text = text("evidence[" + i + "].text");
            if (text != null) {
                evidence.add(new EvidenceRequest(criteria.get(i).code, text));
            }
        }
        return new NominationRequest(
                movementId,
                null,
                nominee,
                choice("level", Level.class),
                choice("sector", Sector.class),
                text("proposedAward"),
                text("achievements"),
                text("goodPractices"),
                "yes".equals(values.get("publicityConsent"))
                        ? Boolean.TRUE
                        : "no".equals(values.get("publicityConsent")) ? Boolean.FALSE : null,
                evidence,
                attachments,
                "true".equals(values.get("confirmDuplicate")),
                changeNote);
    }

    private String text(String field) {
        String value = values.get(field);
        return value == null || value.isEmpty() ? null : value;
    }

    private Integer number(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            unreadable.put(field, "Phải là một số nguyên");
            return null;
        }
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            unreadable.put(field, "Hãy chọn một giá trị trong danh sách");
            return null;
        }
    }
}
