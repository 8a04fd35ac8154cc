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

/**
 * The nomination form as the browser sent it. Its inputs carry the API body's field names ({@code nominee.name},
 * {@code evidence[0].text}), so that a refusal names the same field on the page as in problem+json, and it is read
 * into the API's own {@link NominationRequest}: one set of constraints, one use case, for the page and the portal.
 */
public final class NominationForm {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> unreadable = new LinkedHashMap<>();

    private NominationForm() {}

    public static NominationForm empty() {
        return new NominationForm();
    }

    public static NominationForm of(MultivaluedMap<String, String> form) {
        NominationForm read = new NominationForm();
        form.forEach((name, sent) -> {
            if (!sent.isEmpty() && !name.equals(DeskCsrf.FIELD)) {
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

    /** The evidence text of the criterion at {@code index} of the nominee's target group. */
    public String evidence(int index) {
        return value("evidence[" + index + "].text");
    }

    /**
     * A nomination as it stands, to amend after the council's return: its values in the form's fields, its evidence in
     * the textarea of its criterion.
     */
    public static NominationForm of(Nomination nomination, List<Criterion> criteria) {
        NominationForm form = new NominationForm();
        Nominee nominee = nomination.nominee;
        form.put("nominee.kind", nominee.kind);
        form.put("nominee.name", nominee.name);
        form.put("nominee.gender", nominee.gender);
        form.put("nominee.birthYear", nominee.birthYear);
        form.put("nominee.ethnicity", nominee.ethnicity);
        form.put("nominee.position", nominee.position);
        form.put("nominee.organization", nominee.organization);
        form.put("nominee.targetGroup", nominee.targetGroup);
        form.put("nominee.memberCount", nominee.memberCount);
        form.put("level", nomination.level);
        form.put("sector", nomination.sector);
        form.put("proposedAward", nomination.proposedAward);
        form.put("achievements", nomination.achievements);
        form.put("goodPractices", nomination.goodPractices);
        form.put("publicityConsent", nomination.publicityConsent ? "yes" : "no");
        for (int i = 0; i < criteria.size(); i++) {
            String code = criteria.get(i).code;
            int index = i;
            nomination.evidence.stream()
                    .filter(evidence -> evidence.criterionCode.equals(code))
                    .findFirst()
                    .ifPresent(evidence -> form.put("evidence[" + index + "].text", evidence.text));
        }
        return form;
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
