package vn.vinhdanh.problem;

import java.util.List;

/** A refusal the client can act on; turned into a problem+json response with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    /** The request is well-formed but the resource's current state does not allow it (e.g. deciding a case twice). */
    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict with the current state", detail, null);
    }

    public static ProblemException invalidField(String field, String reason) {
        return invalidFields(List.of(new Problem.FieldError(field, reason)));
    }

    /** 400 naming every field to fix at once, in the order given. */
    public static ProblemException invalidFields(List<Problem.FieldError> errors) {
        String detail = String.join(
                "; ", errors.stream().map(e -> e.field() + ": " + e.reason()).toList());
        return new ProblemException(400, "validation", "Invalid request", detail, errors);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(422, slug, "Unprocessable request", detail, null);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors);
    }
}
