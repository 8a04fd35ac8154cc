package vn.vinhdanh.desk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.problem.Problem;
import vn.vinhdanh.problem.ProblemException;

class FormErrorsTest {

    record Nominee(@NotBlank String name, @NotBlank String organization) {}

    record Body(
            @jakarta.validation.Valid Nominee nominee,
            @NotBlank String achievements) {}

    @Test
    void aUseCasesFieldErrorsAreShownByTheApisFieldNamesAndInTheSummaryInOrder() {
        FormErrors errors = FormErrors.of(ProblemException.invalidFields(
                List.of(
                        new Problem.FieldError("nominee.memberCount", "required for a collective"),
                        new Problem.FieldError("evidence", "criterion TC1 is required"),
                        new Problem.FieldError("evidence", "criterion TC3 is required")),
                Map.of()));

        assertThat(errors.any()).isTrue();
        assertThat(errors.has("nominee.memberCount")).isTrue();
        assertThat(errors.of("evidence")).isEqualTo("criterion TC1 is required; criterion TC3 is required");
        assertThat(errors.of("nominee.name")).isEmpty();
        assertThat(errors.summary())
                .extracting(FormErrors.Entry::inputId)
                .containsExactly("f-nominee-memberCount", "f-evidence");
        assertThat(errors.general()).isEmpty();
    }

    @Test
    void aUseCasesVietnameseIsWhatThePageShowsWhileTheApiKeepsItsEnglish() {
        ProblemException field = ProblemException.invalidField(
                "reason", "say what information is missing", "Nêu những thông tin cần bổ sung");
        ProblemException state = ProblemException.conflict(
                "already-voted", "you have voted on case 42", "Đồng chí đã bỏ phiếu hồ sơ này");

        assertThat(FormErrors.of(field).of("reason")).isEqualTo("Nêu những thông tin cần bổ sung");
        assertThat(FormErrors.of(state).general()).isEqualTo("Đồng chí đã bỏ phiếu hồ sơ này");
        assertThat(field.toProblem(null).errors())
                .containsExactly(new Problem.FieldError("reason", "say what information is missing"));
        assertThat(state.toProblem(null).detail()).isEqualTo("you have voted on case 42");
        // a field without Vietnamese keeps its English beside it
        ProblemException two = ProblemException.invalidFields(
                List.of(
                        new Problem.FieldError("scores[0].score", "from 0 to 10"),
                        new Problem.FieldError("scores[1].criterionCode", "not a criterion")),
                Map.of("scores[0].score", "Điểm từ 0 đến 10"));
        assertThat(FormErrors.of(two).of("scores[0].score")).isEqualTo("Điểm từ 0 đến 10");
        assertThat(FormErrors.of(two).of("scores[1].criterionCode")).isEqualTo("not a criterion");
        // a field's one Vietnamese text says all its reasons, once
        ProblemException twice = ProblemException.invalidFields(
                List.of(
                        new Problem.FieldError("evidence", "criterion TC1 is required"),
                        new Problem.FieldError("evidence", "criterion TC3 is required")),
                Map.of("evidence", "Tiêu chí bắt buộc chưa có minh chứng: TC1, TC3"));
        assertThat(FormErrors.of(twice).of("evidence")).isEqualTo("Tiêu chí bắt buộc chưa có minh chứng: TC1, TC3");
        // named as the form names them, the Vietnamese follows the field
        FormErrors renamed = FormErrors.of(two.withFieldsRenamed(name -> name.replace("scores[0].score", "score-TC1")));
        assertThat(renamed.of("score-TC1")).isEqualTo("Điểm từ 0 đến 10");
        assertThat(renamed.of("scores[1].criterionCode")).isEqualTo("not a criterion");
        // two fields of the request that are one input of the form keep both Vietnamese reasons
        ProblemException codeAndScore = ProblemException.invalidFields(
                List.of(
                        new Problem.FieldError("scores[0].criterionCode", "scored twice"),
                        new Problem.FieldError("scores[0].score", "from 0 to 10")),
                Map.of("scores[0].criterionCode", "Tiêu chí đã được chấm", "scores[0].score", "Điểm từ 0 đến 10"));
        FormErrors oneInput = FormErrors.of(codeAndScore.withFieldsRenamed(name -> "score-TC1"));
        assertThat(oneInput.of("score-TC1")).isEqualTo("Tiêu chí đã được chấm; Điểm từ 0 đến 10");
    }

    @Test
    void aRefusalWithoutAFieldIsThePagesOwnMessage() {
        FormErrors errors =
                FormErrors.of(ProblemException.conflict("possible-duplicate", "already nominated", "Đã được đề nghị"));

        assertThat(errors.any()).isTrue();
        assertThat(errors.general()).isEqualTo("Đã được đề nghị");
        assertThat(errors.summary()).isEmpty();
    }

    @Test
    void anInputThatCouldNotBeReadKeepsItsOwnMessageOverTheConstraintsOne() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        var violations = validator.validate(new Body(new Nominee(null, "Trường THCS Bản Phố"), " "));

        FormErrors errors = FormErrors.of(Map.of("nominee.name", "Phải là một số nguyên"), violations);

        assertThat(errors.of("nominee.name")).isEqualTo("Phải là một số nguyên");
        assertThat(errors.has("achievements")).isTrue();
        assertThat(errors.has("nominee.organization")).isFalse();
        assertThat(errors.summary())
                .extracting(FormErrors.Entry::field)
                .containsExactly("nominee.name", "achievements");
        assertThat(FormErrors.none().any()).isFalse();
    }
}
