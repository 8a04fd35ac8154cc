package vn.vinhdanh.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every field to fix in one reading: types, unknown fields and bean validation, without naming a field twice. */
class TolerantJsonTest {

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Person(@NotBlank String name, @Max(2100) Integer birthYear) {}

    record Submission(
            @NotNull UUID movementId,
            @NotNull @Valid Person nominee,
            @NotNull Boolean consent,
            @Valid List<@NotNull Person> others) {}

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static TolerantJson.Reading<Submission> read(String json) throws Exception {
        return TolerantJson.read(MAPPER, VALIDATOR, MAPPER.readTree(json), Submission.class);
    }

    @Test
    void typeErrorsUnknownFieldsAndViolationsAreNamedTogether() throws Exception {
        TolerantJson.Reading<Submission> reading = read("""
                {"movementId":"not-a-uuid","colour":"red",
                 "nominee":{"name":" ","birthYear":"abc"},
                 "others":[{"name":"A","birthYear":3000},"x"]}""");
        assertThat(reading.isValid()).isFalse();
        assertThat(reading.value()).isNotNull();
        assertThat(reading.errors())
                .extracting(Problem.FieldError::field)
                .containsExactly(
                        "colour",
                        "consent",
                        "movementId",
                        "nominee.birthYear",
                        "nominee.name",
                        "others[0].birthYear",
                        "others[1]");
        assertThat(reading.errors())
                .filteredOn(e -> e.field().equals("movementId"))
                .extracting(Problem.FieldError::reason)
                .containsExactly("'not-a-uuid' is not a UUID such as 3f2a…-…");
        Problem vietnamese = reading.refusal(List.of()).toProblem("/x", ProblemLanguage.VIETNAMESE);
        assertThat(vietnamese.type()).isEqualTo(Problem.type("validation"));
        assertThat(vietnamese.errors())
                .contains(
                        new Problem.FieldError("colour", "Trường này không có trong yêu cầu"),
                        new Problem.FieldError("nominee.birthYear", "'abc' không phải một số nguyên"));
        assertThat(vietnamese.detail()).doesNotContain("java.").doesNotContain("vn.vinhdanh");
    }

    @Test
    void aUseCaseRefusalIsAddedUnlessTheFieldHasAnErrorAlready() throws Exception {
        TolerantJson.Reading<Submission> reading = read("""
                {"movementId":"%s","nominee":{"name":"A","birthYear":"abc"},"consent":true}""".formatted(UUID.randomUUID()));
        ProblemException rules = ProblemException.invalidFields(
                List.of(
                        new Problem.FieldError("nominee.birthYear", "too young"),
                        new Problem.FieldError("consent", "must be given")),
                Map.of("nominee.birthYear", "quá trẻ", "consent", "phải đồng ý"));
        ProblemException refusal = reading.refusal(List.of(rules, ProblemException.forbidden("no", "không")));
        Problem english = refusal.toProblem(null);
        assertThat(english.errors())
                .containsExactly(
                        new Problem.FieldError("consent", "must be given"),
                        new Problem.FieldError("nominee.birthYear", "'abc' is not a whole number"));
        assertThat(english.detail())
                .isEqualTo("consent: must be given; nominee.birthYear: 'abc' is not a whole number");
        assertThat(refusal.toProblem(null, ProblemLanguage.VIETNAMESE).errors())
                .containsExactly(
                        new Problem.FieldError("consent", "phải đồng ý"),
                        new Problem.FieldError("nominee.birthYear", "'abc' không phải một số nguyên"));
    }

    @Test
    void aValidBodyReadsAsItIs() throws Exception {
        UUID id = UUID.randomUUID();
        TolerantJson.Reading<Submission> reading = read("""
                {"movementId":"%s","nominee":{"name":"A","birthYear":1984},"consent":true}""".formatted(id));
        assertThat(reading.isValid()).isTrue();
        assertThat(reading.orThrow().movementId()).isEqualTo(id);
        assertThat(reading.refusal(List.of())).isNull();
    }

    @Test
    void aBodyThatIsNoObjectOrAbsentIsMalformed() {
        for (String json : List.of("[1]", "\"nomination\"", "null")) {
            assertThatThrownBy(() -> read(json))
                    .as(json)
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            e -> assertThat(e.toProblem(null).type()).isEqualTo(Problem.type("malformed-json")));
        }
        JsonNode missing = MAPPER.missingNode();
        assertThatThrownBy(() -> TolerantJson.read(MAPPER, VALIDATOR, missing, Submission.class))
                .isInstanceOf(ProblemException.class);
    }
}
