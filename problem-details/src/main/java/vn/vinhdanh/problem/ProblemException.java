package vn.vinhdanh.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A refusal the client can act on; turned into a problem+json response with its status. Every refusal a use case
 * makes is said in English and in Vietnamese (each factory asks for both, so none can be forgotten): the desk's pages
 * show the Vietnamese beside the field, the API answers in the language the request prefers ({@link ProblemLanguage}).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final String vietnameseDetail;
    private final Map<String, String> vietnameseReasons;
    /** For a 503: when to try again ({@code Retry-After}); null when the answer has no such header. */
    private Integer retryAfterSeconds;

    /** A refusal of its own kind, said in both languages; {@code errors} carry their English reasons. */
    public ProblemException(
            int status,
            String slug,
            String title,
            String detail,
            String vietnameseDetail,
            List<Problem.FieldError> errors) {
        this(status, slug, title, detail, errors, vietnameseDetail, Map.of());
    }

    private ProblemException(
            int status,
            String slug,
            String title,
            String detail,
            List<Problem.FieldError> errors,
            String vietnameseDetail,
            Map<String, String> vietnameseReasons) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.vietnameseDetail = vietnameseDetail;
        this.vietnameseReasons = Map.copyOf(vietnameseReasons);
    }

    /** {@code what} names the resource in English ("review case"), {@code whatVi} as a page says it ("hồ sơ xét"). */
    public static ProblemException notFound(String what, String whatVi, Object id) {
        return new ProblemException(
                404,
                "not-found",
                "Not found",
                what + " " + id + " does not exist",
                null,
                "Không tìm thấy " + whatVi + " " + id,
                Map.of());
    }

    /** The request is well-formed but the resource's current state does not allow it (e.g. deciding a case twice). */
    public static ProblemException conflict(String slug, String detail, String vietnameseDetail) {
        return new ProblemException(
                409, slug, "Conflict with the current state", detail, null, vietnameseDetail, Map.of());
    }

    public static ProblemException invalidField(String field, String reason, String vietnameseReason) {
        return invalidFields(List.of(new Problem.FieldError(field, reason)), Map.of(field, vietnameseReason));
    }

    /**
     * 400 naming every field to fix at once, in the order given; {@code vietnameseReasons} says each field's reasons as
     * a page shows them beside it.
     */
    public static ProblemException invalidFields(
            List<Problem.FieldError> errors, Map<String, String> vietnameseReasons) {
        return englishOnly(errors).inVietnamese(vietnameseReasons);
    }

    /** The fields' English reasons alone; {@link #invalidFields} adds the Vietnamese. */
    private static ProblemException englishOnly(List<Problem.FieldError> errors) {
        String detail = String.join(
                "; ", errors.stream().map(e -> e.field() + ": " + e.reason()).toList());
        return new ProblemException(400, "validation", "Invalid request", detail, errors, null, Map.of());
    }

    public static ProblemException forbidden(String detail, String vietnameseDetail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null, vietnameseDetail, Map.of());
    }

    public static ProblemException unprocessable(String slug, String detail, String vietnameseDetail) {
        return new ProblemException(422, slug, "Unprocessable request", detail, null, vietnameseDetail, Map.of());
    }

    /**
     * 503: a part the request needs is not there yet (a read model before its first event); said with
     * {@link #retryAfter} when the wait is known.
     */
    public static ProblemException unavailable(String slug, String detail, String vietnameseDetail) {
        return new ProblemException(
                503, slug, "Service temporarily unavailable", detail, null, vietnameseDetail, Map.of());
    }

    /** The answer says when to try again (header {@code Retry-After}, in seconds). */
    public ProblemException retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Seconds for the {@code Retry-After} header; null: no header. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private ProblemException keepingRetryAfter(ProblemException copy) {
        copy.retryAfterSeconds = retryAfterSeconds;
        return copy;
    }

    /**
     * The same refusal, also said in Vietnamese: for a refusal that names fields, the reason of its only field; for one
     * that does not, its detail.
     */
    public ProblemException inVietnamese(String text) {
        if (errors.size() == 1) {
            return inVietnamese(Map.of(errors.get(0).field(), text));
        }
        return keepingRetryAfter(
                new ProblemException(status, slug, title, getMessage(), errors, text, vietnameseReasons));
    }

    /** The same refusal with the Vietnamese reason of each of these fields. */
    public ProblemException inVietnamese(Map<String, String> reasons) {
        Map<String, String> merged = new HashMap<>(vietnameseReasons);
        merged.putAll(reasons);
        return keepingRetryAfter(
                new ProblemException(status, slug, title, getMessage(), errors, vietnameseDetail, merged));
    }

    /**
     * The same refusal with its fields named as a page names them (a request's {@code scores[0].score} is a form's
     * {@code score-TC1}), the Vietnamese kept with each; a refusal without fields is itself.
     */
    public ProblemException withFieldsRenamed(UnaryOperator<String> rename) {
        if (errors.isEmpty()) {
            return this;
        }
        List<Problem.FieldError> renamed = new ArrayList<>();
        Map<String, String> vietnamese = new HashMap<>();
        for (Problem.FieldError error : errors) {
            String field = rename.apply(error.field());
            renamed.add(new Problem.FieldError(field, error.reason()));
            String text = vietnameseReasons.get(error.field());
            // two fields of the request may be one input of the form: both reasons stay, once each
            if (text != null && !text.equals(vietnamese.get(field))) {
                vietnamese.merge(field, text, (a, b) -> a + "; " + b);
            }
        }
        return keepingRetryAfter(
                new ProblemException(status, slug, title, getMessage(), renamed, vietnameseDetail, vietnamese));
    }

    /** What a Vietnamese page says instead of the detail; null when the use case gave no Vietnamese. */
    public String vietnameseDetail() {
        return vietnameseDetail;
    }

    /** What a Vietnamese page says beside {@code field}; null when the use case gave none for it. */
    public String vietnameseReason(String field) {
        return vietnameseReasons.get(field);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return toProblem(instance, ProblemLanguage.ENGLISH);
    }

    /**
     * The problem told in {@code language}: in Vietnamese the title, the detail (or the fields' reasons joined, as
     * the English detail joins them) and each field's reason, where given; the type and the field names stay.
     */
    public Problem toProblem(String instance, ProblemLanguage language) {
        if (language != ProblemLanguage.VIETNAMESE) {
            return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors);
        }
        List<Problem.FieldError> told = errors.stream()
                .map(e -> new Problem.FieldError(e.field(), vietnameseReasons.getOrDefault(e.field(), e.reason())))
                .distinct()
                .toList();
        String detail = vietnameseDetail;
        if (detail == null) {
            detail = told.isEmpty()
                    ? getMessage()
                    : String.join(
                            "; ",
                            told.stream()
                                    .map(e -> e.field() + ": " + e.reason())
                                    .distinct()
                                    .toList());
        }
        return new Problem(Problem.type(slug), ProblemLanguage.vietnameseTitle(status), status, detail, instance, told);
    }

    /** A problem of the HTTP edge itself (a body, a token, a method), said in both languages. */
    static ProblemException edge(
            int status,
            String slug,
            String title,
            String detail,
            String vietnameseDetail,
            List<Problem.FieldError> errors,
            Map<String, String> vietnameseReasons) {
        return new ProblemException(status, slug, title, detail, errors, vietnameseDetail, vietnameseReasons);
    }
}
