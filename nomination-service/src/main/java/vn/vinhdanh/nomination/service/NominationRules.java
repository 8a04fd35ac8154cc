package vn.vinhdanh.nomination.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.nomination.domain.CriteriaVersion;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;

/**
 * What a nomination must be, beyond the shape of its fields, for a submission and an amendment alike. Each check
 * refuses with 400 on the field to fix.
 */
final class NominationRules {

    /** Two-tier local government from this day: there are no districts to nominate at any more. */
    static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

    private NominationRules() {}

    /**
     * A collective is in the COLLECTIVE group and says how many members it has; an individual is not and does not.
     * No DISTRICT level from the day districts were abolished.
     *
     * @param today the date in the province
     */
    static void checkNomineeAndLevel(SubmitNomination nomination, LocalDate today) {
        SubmitNomination.Nominee nominee = nomination.nominee();
        if (nominee.kind() == NomineeKind.COLLECTIVE) {
            if (nominee.targetGroup() != TargetGroup.COLLECTIVE) {
                throw ProblemException.invalidField("nominee.targetGroup", "a collective's target group is COLLECTIVE");
            }
            if (nominee.memberCount() == null) {
                throw ProblemException.invalidField("nominee.memberCount", "required for a collective");
            }
        } else {
            if (nominee.targetGroup() == TargetGroup.COLLECTIVE) {
                throw ProblemException.invalidField(
                        "nominee.targetGroup", "an individual's target group cannot be COLLECTIVE");
            }
            if (nominee.memberCount() != null) {
                throw ProblemException.invalidField("nominee.memberCount", "only for a collective");
            }
        }
        if (nomination.level() == Level.DISTRICT && !today.isBefore(DISTRICTS_ABOLISHED)) {
            throw ProblemException.invalidField(
                    "level", "DISTRICT level no longer exists from 1 July 2025; use COMMUNE or PROVINCE");
        }
    }

    /**
     * Every evidence entry names a criterion of the nominee's group, at most once, and every required criterion has
     * one. All offending entries are reported together.
     *
     * @return the criteria of the nominee's group the nomination was judged against
     */
    static List<Criterion> checkEvidence(SubmitNomination nomination, CriteriaVersion criteriaVersion) {
        TargetGroup targetGroup = nomination.nominee().targetGroup();
        List<Criterion> criteria = criteriaVersion.of(targetGroup);
        List<SubmitNomination.Evidence> given = nomination.evidence() == null ? List.of() : nomination.evidence();
        Set<String> known = new HashSet<>();
        criteria.forEach(criterion -> known.add(criterion.code));
        Set<String> seen = new HashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i).criterionCode();
            if (!known.contains(code)) {
                errors.add(new Problem.FieldError(
                        "evidence[" + i + "].criterionCode",
                        "'" + code + "' is not a criterion for " + targetGroup + " in this movement; expected one of "
                                + known.stream().sorted().toList()));
            } else if (!seen.add(code)) {
                errors.add(new Problem.FieldError(
                        "evidence[" + i + "].criterionCode", "criterion " + code + " has evidence already"));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Criterion criterion : criteria) {
            if (criterion.required && !seen.contains(criterion.code)) {
                errors.add(new Problem.FieldError(
                        "evidence",
                        "criterion " + criterion.code + " is required for " + targetGroup + " and has no evidence"));
                missing.add(criterion.code);
            }
        }
        if (!errors.isEmpty()) {
            ProblemException refusal = ProblemException.invalidFields(errors);
            throw missing.isEmpty()
                    ? refusal
                    : refusal.inVietnamese(
                            Map.of("evidence", "Tiêu chí bắt buộc chưa có minh chứng: " + String.join(", ", missing)));
        }
        return criteria;
    }

    /**
     * A body may repeat the agency of what it changes, never name another.
     *
     * @param what "the draft", "the nomination"
     */
    static void checkSameAgency(String requested, String owner, String what) {
        if (requested != null && !requested.equals(owner)) {
            throw ProblemException.invalidField("agencyCode", what + " belongs to " + owner);
        }
    }
}
