package vn.vinhdanh.nomination.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

/** Request bodies an agency portal would send, for the tests. */
final class NominationApi {

    private NominationApi() {
    }

    static String createMovement() {
        String code = "LC-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        return given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Phong trào thi đua yêu nước toàn diện tỉnh Lào Cai năm 2017",
                         "kind":"REGULAR","level":"PROVINCE","year":2017,"organizer":"UBND tỉnh Lào Cai"}"""
                        .formatted(code))
                .post("/api/v1/movements")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String individual(String movementId, String name) {
        return """
                {"movementId":"%s","agencyCode":"SO-GDDT",
                 "nominee":{"kind":"INDIVIDUAL","name":"%s","gender":"FEMALE","birthYear":1984,"ethnicity":"Tày",
                            "position":"Giáo viên","organization":"Trường PTDTBT THCS Bản Lầu, Mường Khương",
                            "targetGroup":"PUBLIC_EMPLOYEE"},
                 "level":"PROVINCE","sector":"EDUCATION_TRAINING","proposedAward":"BANG_KHEN_CHU_TICH_UBND_TINH",
                 "achievements":"15 năm bám bản, vận động 100%% trẻ em trong độ tuổi đến trường.",
                 "goodPractices":"Mở lớp học tiếng Việt buổi tối cho phụ huynh.",
                 "publicityConsent":true}""".formatted(movementId, name);
    }

    static String submit(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/nominations")
                .then().statusCode(201)
                .extract().path("id");
    }
}
