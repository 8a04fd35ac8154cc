package vn.vinhdanh.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A query parameter or header whose value does not convert to its type (an unknown enum constant, a malformed UUID,
 * a word for a number). JAX-RS would answer 404 for a query parameter; the client deserves a 400 naming it.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String reason;
    private final String vietnameseReason;

    public InvalidParameterException(String parameter, String reason, String vietnameseReason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
        this.vietnameseReason = vietnameseReason;
    }

    public String vietnameseReason() {
        return vietnameseReason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
