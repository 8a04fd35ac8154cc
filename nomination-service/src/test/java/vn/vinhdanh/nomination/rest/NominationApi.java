package vn.vinhdanh.nomination.rest;

import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;

/** Request bodies an agency portal would send, for the tests. */
final class NominationApi {

    private NominationApi() {}

    static String createMovement() {
        String code = "LC-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        return as("admin")
                .contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Phong trào thi đua yêu nước toàn diện tỉnh Lào Cai năm 2017",
                         "kind":"REGULAR","level":"PROVINCE","year":2017,"organizer":"UBND tỉnh Lào Cai"}""".formatted(code))
                .post("/api/v1/movements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
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
        return agency("SO-GDDT")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/nominations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /** {@link #individual} as a JSON tree to change, submitted by {@code agencyCode}. */
    static ObjectNode individualOf(String agencyCode, String movementId, String name) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(individual(movementId, name));
            body.put("agencyCode", agencyCode);
            return body;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A household (hộ gia đình) proposed by {@code agencyCode} for Gia đình văn hóa at commune level: named by its head,
     * its organization the village and commune, in the HOUSEHOLD group, consenting to publicity.
     */
    static ObjectNode householdOf(String agencyCode, String movementId, String name, String village) {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"movementId":"%s","agencyCode":"%s",
                     "nominee":{"kind":"HOUSEHOLD","name":"%s","gender":"MALE","ethnicity":"Mông",
                                "organization":"%s","targetGroup":"HOUSEHOLD"},
                     "level":"COMMUNE","sector":"AGRICULTURE","proposedAward":"GIA_DINH_VAN_HOA",
                     "achievements":"Gia đình đi đầu chuyển đổi 2 ha ruộng bậc thang sang trồng lúa Séng Cù.",
                     "goodPractices":"Hướng dẫn 15 hộ trong thôn làm chuồng trại xa nhà.",
                     "publicityConsent":true}""".formatted(movementId, agencyCode, name, village));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode nominee(ObjectNode nomination) {
        return (ObjectNode) nomination.get("nominee");
    }

    static Response post(String agencyCode, Object body) {
        return agency(agencyCode)
                .contentType(ContentType.JSON)
                .body(body.toString())
                .post("/api/v1/nominations");
    }

    static String createMovement(int year) {
        String code = "LC-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        return as("admin")
                .contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Phong trào thi đua năm %d","kind":"REGULAR","level":"PROVINCE",
                         "year":%d}""".formatted(code, year, year))
                .post("/api/v1/movements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void putCriteria(String movementId, String criteriaJson) {
        as("admin")
                .contentType(ContentType.JSON)
                .body("{\"criteria\":" + criteriaJson + "}")
                .put("/api/v1/movements/" + movementId + "/criteria")
                .then()
                .statusCode(200);
    }
}
