package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.vinhdanh.nomination.domain.CriteriaVersion;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.problem.ProblemException;

/**
 * The rules of a submission and of an amendment (those that refuse a field with 400) run on a body that did not read
 * whole, so that one answer names every field to fix: the body's types and constraints and these together. A rule
 * whose fields did not read (absent, or of the wrong type) is not judged; nothing is written, and what only the
 * creation itself can know (the caller's agency for another agency's nomination, a possible duplicate, the state of
 * the nomination) is left to the request that comes back with a body that reads.
 */
@ApplicationScoped
public class NominationChecks {

    private final CallerAgency agency;
    private final ProposedTitles titles;
    private final NominationQueries nominations;

    public NominationChecks(CallerAgency agency, ProposedTitles titles, NominationQueries nominations) {
        this.agency = agency;
        this.titles = titles;
        this.nominations = nominations;
    }

    /** The 400s a submission's rules give {@code submission}, each with the fields it names. */
    @Transactional
    public List<ProblemException> ofSubmission(SubmitNomination submission) {
        List<ProblemException> problems = new ArrayList<>();
        Optional<Movement> movement = submission.movementId() == null
                ? Optional.empty()
                : Movement.<Movement>findByIdOptional(submission.movementId());
        // the level and the title's grant are judged on the period the movement names; without it, not at all
        LocalDate periodEnd = movement.map(Movement::periodEnd).orElse(null);
        judge(problems, () -> NominationRules.checkNoChangeNote(submission));
        judge(problems, () -> agency.submitting(submission.agencyCode()));
        problems.addAll(NominationRules.nomineeAndLevelProblems(submission, periodEnd));
        judgeTitle(problems, submission, periodEnd);
        if (submission.movementId() != null) {
            if (movement.isEmpty()) {
                problems.add(ProblemException.invalidField(
                        "movementId",
                        "no movement with id " + submission.movementId(),
                        "Không tìm thấy phong trào thi đua " + submission.movementId() + "."));
            } else {
                judgeEvidence(problems, submission, movement.get().id, movement.get().criteriaVersion);
            }
        }
        return problems;
    }

    /**
     * The 400s an amendment's rules give {@code revised} for nomination {@code id}; those that compare with the
     * nomination only when the caller may read it.
     */
    @Transactional
    public List<ProblemException> ofAmendment(UUID id, SubmitNomination revised) {
        List<ProblemException> problems = new ArrayList<>();
        judge(problems, () -> NominationRules.checkChangeNote(revised));
        Nomination nomination;
        try {
            nomination = nominations.get(id);
        } catch (ProblemException e) {
            nomination = null;
        }
        if (nomination != null) {
            Nomination amended = nomination;
            if (revised.movementId() != null && !amended.movement.id.equals(revised.movementId())) {
                problems.add(ProblemException.invalidField(
                        "movementId",
                        "an amendment stays in movement " + amended.movement.id + "; withdraw and submit anew instead",
                        "Hồ sơ bổ sung phải giữ nguyên phong trào thi đua " + amended.movement.id
                                + "; muốn đổi phong trào, đề nghị rút hồ sơ rồi gửi hồ sơ mới."));
            }
            judge(
                    problems,
                    () -> NominationRules.checkSameAgency(
                            revised.agencyCode(), amended.agencyCode, "the nomination", "Hồ sơ đề nghị"));
        }
        // an amendment stays in the nomination's movement, so its period; unknown when the nomination is not readable
        LocalDate periodEnd = nomination == null ? null : nomination.movement.periodEnd();
        problems.addAll(NominationRules.nomineeAndLevelProblems(revised, periodEnd));
        judgeTitle(problems, revised, periodEnd);
        if (nomination != null) {
            judgeEvidence(problems, revised, nomination.movement.id, nomination.criteriaVersion);
        }
        return problems;
    }

    private void judgeTitle(List<ProblemException> problems, SubmitNomination nomination, LocalDate periodEnd) {
        if (nomination.proposedAward() != null
                && nomination.nominee() != null
                && nomination.nominee().kind() != null
                && nomination.level() != null) {
            judge(
                    problems,
                    () -> titles.check(
                            nomination.proposedAward(), nomination.nominee().kind(), nomination.level(), periodEnd));
        }
    }

    private static void judgeEvidence(
            List<ProblemException> problems, SubmitNomination nomination, UUID movementId, int criteriaVersion) {
        if (nomination.nominee() == null || nomination.nominee().targetGroup() == null) {
            return;
        }
        CriteriaVersion criteria =
                CriteriaVersion.find(movementId, criteriaVersion).orElse(null);
        if (criteria != null) {
            judge(problems, () -> NominationRules.checkEvidence(nomination, criteria));
        }
    }

    /** A rule's 400 is kept; any other refusal (403, a 503 of the catalogue) is not the body's to fix. */
    private static void judge(List<ProblemException> problems, Runnable rule) {
        try {
            rule.run();
        } catch (ProblemException e) {
            if (e.status() == 400) {
                problems.add(e);
            }
        }
    }
}
