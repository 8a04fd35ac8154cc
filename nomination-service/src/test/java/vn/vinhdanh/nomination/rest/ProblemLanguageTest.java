package vn.vinhdanh.nomination.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.vinhdanh.deploy.infra.Callers.agency;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A problem is told in the language the client asks for (Accept-Language, Vietnamese or English, English when it
 * prefers neither): the title, the detail and each field's reason change, the type, the status and the field names
 * never do; the answer says its language and that it varies with the request's.
 */
@QuarkusTest
class ProblemLanguageTest {

    private static final String NOMINATIONS = "/api/v1/nominations";

    @Test
    void aRefusalOfAUseCaseIsToldInVietnameseWhenTheClientPrefersIt() {
        UUID unknown = UUID.randomUUID();
        agency("SO-GDDT")
                .header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5")
                .get(NOMINATIONS + "/" + unknown)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("Content-Language", "vi")
                .header("Vary", containsString("Accept-Language"))
                .body("type", equalTo("https://vinhdanh.vn/problems/not-found"))
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Không tìm thấy hồ sơ đề nghị " + unknown));
        agency("SO-GDDT")
                .header("Accept-Language", "fr, en;q=0.8, vi;q=0.2")
                .get(NOMINATIONS + "/" + unknown)
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("nomination " + unknown + " does not exist"));
        agency("SO-GDDT")
                .get(NOMINATIONS + "/" + unknown)
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .body("title", equalTo("Not found"));
    }

    @Test
    void aBodyOfTheWrongShapeIsToldInEitherLanguageWithoutJavaTypeNames() {
        String body = "{\"movementId\": \"not-a-uuid\"}";
        agency("SO-GDDT")
                .header("Accept-Language", "vi")
                .contentType(ContentType.JSON)
                .body(body)
                .post(NOMINATIONS)
                .then()
                .statusCode(400)
                .header("Content-Language", "vi")
                .body("type", equalTo("https://vinhdanh.vn/problems/validation"))
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("errors.field", hasItem("movementId"))
                .body("errors.reason", hasItem("'not-a-uuid' không phải một mã UUID, ví dụ 3f2a…-…"));
        agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(body)
                .post(NOMINATIONS)
                .then()
                .statusCode(400)
                .body("errors.reason", hasItem("'not-a-uuid' is not a UUID such as 3f2a…-…"))
                .body("detail", not(containsString("java.")))
                .body("detail", not(containsString("vn.vinhdanh")));
    }

    @Test
    void aMissingFieldIsNamedWithTheVietnameseTitleWhateverLanguageBeanValidationInterpolatesIn() {
        agency("SO-GDDT")
                .header("Accept-Language", "vi")
                .contentType(ContentType.JSON)
                .body("{}")
                .post(NOMINATIONS)
                .then()
                .statusCode(400)
                .header("Content-Language", "vi")
                .body("type", equalTo("https://vinhdanh.vn/problems/validation"))
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("errors.field", hasItem("movementId"));
    }

    @Test
    void aQueryParameterThatDoesNotConvertAndATokenMissingAreToldInVietnameseToo() {
        agency("SO-GDDT")
                .header("Accept-Language", "vi")
                .queryParam("status", "NOPE")
                .get(NOMINATIONS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].reason", containsString("'NOPE' không phải một trong các giá trị SUBMITTED"));
        given().header("Accept-Language", "vi")
                .get(NOMINATIONS)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("title", equalTo("Chưa xác thực"));
    }
}
