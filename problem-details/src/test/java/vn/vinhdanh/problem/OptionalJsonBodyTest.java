package vn.vinhdanh.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** An optional JSON body: none is the default, JSON is read and validated, anything else is a bilingual 415. */
class OptionalJsonBodyTest {

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Note(@Size(max = 5) String note) {}

    private static final Note NONE = new Note(null);
    private static final OptionalJsonBody<Note> BODY =
            OptionalJsonBody.of(Note.class, NONE, "a note body", "Nội dung ghi chú");

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static Note read(String body, String contentType) throws JsonProcessingException {
        return BODY.read(body, contentType, MAPPER, VALIDATOR);
    }

    @Test
    void noBodyBlankOrTheJsonNullIsTheDefaultWhateverTheContentType() throws Exception {
        assertThat(read(null, null)).isSameAs(NONE);
        assertThat(read("", null)).isSameAs(NONE);
        assertThat(read("  \n", "text/plain")).isSameAs(NONE);
        assertThat(read("null", "application/json")).isSameAs(NONE);
    }

    @Test
    void aJsonBodyIsReadWithOrWithoutACharset() throws Exception {
        assertThat(read("{\"note\":\"abc\"}", "application/json")).isEqualTo(new Note("abc"));
        assertThat(read("{\"note\":\"abc\"}", "application/json; charset=UTF-8"))
                .isEqualTo(new Note("abc"));
        assertThat(read("{}", "application/json")).isEqualTo(new Note(null));
    }

    @Test
    void aBodyThatIsNotJsonIsA415InBothLanguages() {
        for (String contentType : new String[] {null, "text/plain", "application/x-www-form-urlencoded"}) {
            assertThatThrownBy(() -> read("note=abc", contentType))
                    .as("Content-Type %s", contentType)
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(415);
                        Problem english = e.toProblem("/x", ProblemLanguage.ENGLISH);
                        assertThat(english.type().toString()).endsWith("/unsupported-media-type");
                        assertThat(english.title()).isEqualTo("Unsupported Media Type");
                        assertThat(english.detail()).isEqualTo("a note body must be application/json");
                        assertThat(e.toProblem("/x", ProblemLanguage.VIETNAMESE).detail())
                                .isEqualTo("Nội dung ghi chú phải ở dạng application/json.");
                    });
        }
    }

    @Test
    void anInvalidOrMalformedBodyLeavesAsTheMappersAnswerIt() {
        assertThatThrownBy(() -> read("{\"note\":\"too long\"}", "application/json"))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(e.getConstraintViolations())
                                .singleElement()
                                .satisfies(v -> assertThat(FieldNames.of(v)).isEqualTo("note")));
        assertThatThrownBy(() -> read("{\"note\":", "application/json")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"reason\":\"x\"}", "application/json"))
                .isInstanceOf(JsonProcessingException.class);
    }
}
