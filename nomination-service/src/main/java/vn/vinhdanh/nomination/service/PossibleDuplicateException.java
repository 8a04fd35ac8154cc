package vn.vinhdanh.nomination.service;

import java.util.UUID;
import vn.vinhdanh.problem.ProblemException;

/** 409 {@code possible-duplicate}: the nominee is already nominated in the movement. */
public class PossibleDuplicateException extends ProblemException {

    private final UUID existingNominationId;

    /**
     * @param vietnameseDetail the same as the agency's page says it
     * @param existingNominationId null when the caller may not see the existing nomination (another agency's)
     */
    public PossibleDuplicateException(String detail, String vietnameseDetail, UUID existingNominationId) {
        super(409, "possible-duplicate", "Possible duplicate", detail, vietnameseDetail, null);
        this.existingNominationId = existingNominationId;
    }

    public UUID existingNominationId() {
        return existingNominationId;
    }
}
