package vn.vinhdanh.nomination.service;

import vn.vinhdanh.nomination.domain.NominationDraft;

/**
 * A draft's stored content is a nomination body as it was typed (the JSON of a {@link SubmitNomination}, complete or
 * not). Reading it back for submission checks it exactly as a submitted body is checked, so this is implemented where
 * request bodies are read and validated.
 */
public interface DraftContent {

    /**
     * @throws vn.vinhdanh.problem.ProblemException 400 listing every field that a submitted body could not have
     *         either, with the cross-field rules that could be judged
     */
    SubmitNomination toSubmission(NominationDraft draft);
}
