package vn.vinhdanh.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A violation is reported under the name the client sent: a body field by its JSON path (list elements by index), a
 * query parameter, path parameter or header by its own name, never by the Java method or parameter name.
 */
class FieldNamesTest {

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record Evidence(@NotBlank String criterionCode) {}

    record Submission(@NotBlank String title, @Valid List<Evidence> evidence, List<@NotNull UUID> awardIds) {}

    @Path("/submissions")
    public static class SubmissionResource {

        @POST
        public void submit(
                @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200) String idempotencyKey,
                @NotNull @Valid Submission request) {}

        @POST
        @Path("/batch")
        public void submitAll(@NotNull @Valid List<Evidence> items) {}

        @GET
        public void list(@QueryParam("size") @Min(1) Integer size) {}

        @GET
        @Path("/{code}")
        public void get(@PathParam("code") @Size(max = 3) String criterionCode) {}
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aBodyFieldIsNamedWithoutTheMethodAndTheParameter() {
        assertThat(fields("submit", null, new Submission(" ", List.of(), List.of())))
                .containsExactly("title");
    }

    @Test
    void aFieldOfAListElementIsNamedWithItsIndex() {
        Submission submission =
                new Submission("Gương mặt tiêu biểu", List.of(new Evidence("TC-1"), new Evidence("")), List.of());

        assertThat(fields("submit", null, submission)).containsExactly("evidence[1].criterionCode");
    }

    @Test
    void aListElementItselfIsNamedByItsIndex() {
        Submission submission = new Submission("Gương mặt tiêu biểu", List.of(), Arrays.asList((UUID) null));

        assertThat(fields("submit", null, submission)).containsExactly("awardIds[0]");
    }

    @Test
    void anElementOfAListBodyIsNamedByItsIndexAlone() {
        assertThat(fields("submitAll", List.of(new Evidence("TC-1"), new Evidence(" "))))
                .containsExactly("[1].criterionCode");
    }

    @Test
    void aHeaderAQueryParameterAndAPathParameterAreNamedAsTheClientSentThem() {
        assertThat(fields("submit", "", new Submission("Gương mặt tiêu biểu", List.of(), List.of())))
                .containsExactly("Idempotency-Key");
        assertThat(fields("list", 0)).containsExactly("size");
        assertThat(fields("get", "TC-12")).containsExactly("code");
    }

    @Test
    void aMissingBodyIsNamedAfterTheParameter() {
        // the mapper answers this one as an empty body; the name itself is the parameter's
        assertThat(fields("submitAll", (Object) null)).containsExactly("items");
    }

    @Test
    void aBeanValidatedOnItsOwnNamesItsProperty() {
        Set<ConstraintViolation<Evidence>> violations = VALIDATOR.validate(new Evidence(""));

        assertThat(violations).extracting(FieldNames::of).containsExactly("criterionCode");
    }

    private static List<String> fields(String methodName, Object... arguments) {
        Method method = Arrays.stream(SubmissionResource.class.getDeclaredMethods())
                .filter(candidate -> candidate.getName().equals(methodName))
                .findFirst()
                .orElseThrow();
        return VALIDATOR.forExecutables().validateParameters(new SubmissionResource(), method, arguments).stream()
                .map(FieldNames::of)
                .sorted()
                .toList();
    }
}
