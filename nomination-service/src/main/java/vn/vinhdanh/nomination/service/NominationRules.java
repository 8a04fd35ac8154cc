package vn.vinhdanh.nomination.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.events.VietnameseNames;
import vn.vinhdanh.nomination.domain.CriteriaVersion;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;

/**
 * What a nomination must be, beyond the shape of its fields, for a submission and an amendment alike. Each check
 * refuses with 400 on the field to fix.
 */
final class NominationRules {

    /** Two-tier local government from this day: there are no districts to nominate at any more. */
    static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private NominationRules() {}

    /**
     * A collective is in the COLLECTIVE group and says how many members it has; a household is in the HOUSEHOLD group
     * and has no member count (it is named by its head, its organization is its village and commune); an individual
     * is in neither group and has no member count. No DISTRICT level for a period that ends after districts were
     * abolished. Refuses with the first of these that fails.
     *
     * @param periodEnd the last day of the period the nomination is for ({@link Movement#periodEnd()})
     */
    static void checkNomineeAndLevel(SubmitNomination nomination, LocalDate periodEnd) {
        List<ProblemException> problems = nomineeAndLevelProblems(nomination, periodEnd);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /**
     * Every failure of {@link #checkNomineeAndLevel}, in its order; a rule whose fields are absent (a body that did not
     * read whole) is not judged, nor the level without the movement that names the period ({@code periodEnd} null).
     */
    static List<ProblemException> nomineeAndLevelProblems(SubmitNomination nomination, LocalDate periodEnd) {
        List<ProblemException> problems = new ArrayList<>();
        SubmitNomination.Nominee nominee = nomination.nominee();
        if (nominee != null && nominee.kind() != null) {
            problems.addAll(nomineeProblems(nominee));
        }
        // the period, not today: a 2024 achievement is still a district's, one whose period ends from 1/7/2025 is not
        if (nomination.level() == Level.DISTRICT && periodEnd != null && !periodEnd.isBefore(DISTRICTS_ABOLISHED)) {
            problems.add(ProblemException.invalidField(
                    "level",
                    "DISTRICT level ended on 30 June 2025 (two-tier local government) and the movement's period ends"
                            + " on " + periodEnd + "; use COMMUNE or PROVINCE",
                    "Cấp huyện (DISTRICT) chỉ còn đến hết ngày 30/6/2025 (chính quyền địa phương hai cấp), mà kỳ thi"
                            + " đua của phong trào kết thúc ngày " + VIETNAMESE_DATE.format(periodEnd)
                            + "; đề nghị chọn cấp xã (COMMUNE) hoặc cấp tỉnh (PROVINCE)."));
        }
        return problems;
    }

    /** The target group and member count that go with the nominee's kind, each decided per kind. */
    private static List<ProblemException> nomineeProblems(SubmitNomination.Nominee nominee) {
        List<ProblemException> problems = new ArrayList<>();
        TargetGroup group = nominee.targetGroup();
        switch (nominee.kind()) {
            case COLLECTIVE -> {
                if (group != null && group != TargetGroup.COLLECTIVE) {
                    problems.add(ProblemException.invalidField(
                            "nominee.targetGroup",
                            "a collective's target group is COLLECTIVE",
                            "Đối tượng đề nghị là tập thể thì nhóm đối tượng phải là tập thể (COLLECTIVE)."));
                }
                if (nominee.memberCount() == null) {
                    problems.add(ProblemException.invalidField(
                            "nominee.memberCount",
                            "required for a collective",
                            "Đối tượng đề nghị là tập thể thì phải ghi số thành viên."));
                }
            }
            case HOUSEHOLD -> {
                if (group != null && group != TargetGroup.HOUSEHOLD) {
                    problems.add(ProblemException.invalidField(
                            "nominee.targetGroup",
                            "a household's target group is HOUSEHOLD",
                            "Đối tượng đề nghị là hộ gia đình thì nhóm đối tượng phải là hộ gia đình (HOUSEHOLD)."));
                }
                if (nominee.memberCount() != null) {
                    problems.add(ProblemException.invalidField(
                            "nominee.memberCount",
                            "only for a collective; a household is named by its head",
                            "Chỉ ghi số thành viên khi đối tượng đề nghị là tập thể; hộ gia đình ghi theo tên chủ"
                                    + " hộ."));
                }
            }
            case INDIVIDUAL -> {
                if (group == TargetGroup.COLLECTIVE || group == TargetGroup.HOUSEHOLD) {
                    problems.add(ProblemException.invalidField(
                            "nominee.targetGroup",
                            "an individual's target group cannot be " + group,
                            "Đối tượng đề nghị là cá nhân thì nhóm đối tượng không được là " + VietnameseNames.of(group)
                                    + " (" + group + ")."));
                }
                if (nominee.memberCount() != null) {
                    problems.add(ProblemException.invalidField(
                            "nominee.memberCount",
                            "only for a collective",
                            "Chỉ ghi số thành viên khi đối tượng đề nghị là tập thể."));
                }
            }
        }
        return problems;
    }

    /** A first submission has no change note: that is for an amendment of a returned nomination. */
    static void checkNoChangeNote(SubmitNomination submission) {
        if (submission.changeNote() != null) {
            throw ProblemException.invalidField(
                    "changeNote",
                    "only for an amendment of a returned nomination",
                    "Chỉ ghi nội dung đã bổ sung, sửa đối với hồ sơ được trả lại để bổ sung.");
        }
    }

    /** An amendment says what changed. */
    static void checkChangeNote(SubmitNomination revised) {
        String changeNote = revised.changeNote();
        if (changeNote == null || changeNote.isBlank()) {
            throw ProblemException.invalidField(
                    "changeNote",
                    "say what changed in answer to the council's return",
                    "Đề nghị ghi rõ những nội dung đã bổ sung, sửa theo yêu cầu của Hội đồng khi trả lại hồ sơ.");
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
        Map<String, String> vietnamese = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            // absent only in a body that did not read whole, which names the entry itself
            String code = given.get(i) == null ? null : given.get(i).criterionCode();
            String field = "evidence[" + i + "].criterionCode";
            if (code == null) {
                continue;
            }
            if (!known.contains(code)) {
                List<String> expected = known.stream().sorted().toList();
                errors.add(new Problem.FieldError(
                        field,
                        "'" + code + "' is not a criterion for " + targetGroup + " in this movement; expected one of "
                                + expected));
                vietnamese.put(
                        field,
                        "'" + code + "' không phải là tiêu chí của nhóm đối tượng "
                                + VietnameseNames.of(targetGroup) + " (" + targetGroup + ")"
                                + " trong phong trào thi đua này; đề nghị chọn một trong các tiêu chí: "
                                + String.join(", ", expected) + ".");
            } else if (!seen.add(code)) {
                errors.add(new Problem.FieldError(field, "criterion " + code + " has evidence already"));
                vietnamese.put(field, "Tiêu chí " + code + " đã có minh chứng.");
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
        if (!missing.isEmpty()) {
            // one text for all the required criteria without evidence, beside the evidence section
            vietnamese.put("evidence", "Tiêu chí bắt buộc chưa có minh chứng: " + String.join(", ", missing));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors, vietnamese);
        }
        return criteria;
    }

    /**
     * A body may repeat the agency of what it changes, never name another.
     *
     * @param what "the draft", "the nomination"
     * @param whatVi the same as the page says it: "Bản nháp hồ sơ", "Hồ sơ đề nghị"
     */
    static void checkSameAgency(String requested, String owner, String what, String whatVi) {
        if (requested != null && !requested.equals(owner)) {
            throw ProblemException.invalidField(
                    "agencyCode", what + " belongs to " + owner, whatVi + " này thuộc cơ quan, đơn vị " + owner + ".");
        }
    }
}
