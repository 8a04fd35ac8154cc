package vn.vinhdanh.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.review.domain.LegalBasis;

/**
 * "The law, round two", legal tables that can be corrected and refuse nonsense: a vote rule only for a title of
 * award-service's catalogue, thresholds below a majority only when confirmed, a legal basis that cites something, a
 * period starting within a year; a period corrected with a reason (its revision counted, the old values audited) or
 * withdrawn while no ballot has used it.
 */
@QuarkusTest
class VoteRuleCorrectionsTest {

    private static final String RULES = "/api/v1/vote-rules";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String RULE = """
            {"awardCode":%s,"level":"PROVINCE","quorumPercent":%d,"quorumInclusive":false,"approvalPercent":%d,
             "approvalInclusive":true,"approvalBase":"VOTES_CAST","publicCommentDays":0,"legalBasis":"%s",
             "verified":false,"validFrom":%s,"validTo":null%s}""";

    @Test
    void aRuleIsOnlyForATitleOfTheCatalogue() {
        String code =
                "THU_NGHIEM_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        put(rule(code, 50, 75, "Quy chế thử nghiệm", null, ""))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("awardCode"))
                .body("errors[0].reason", containsString("not a title of the award catalogue"));
        as("admin")
                .header("Accept-Language", "vi")
                .contentType(ContentType.JSON)
                .body(rule(code, 50, 75, "Quy chế thử nghiệm", null, ""))
                .put(RULES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("awardCode"))
                .body("errors[0].reason", containsString("không có trong danh mục danh hiệu"));

        // once award-service publishes it (over the broker, as award-service would), the rule may be set
        TestCatalogue.publish(code);
        put(rule(code, 50, 75, "Quy chế thử nghiệm", null, ""))
                .then()
                .statusCode(200)
                .body("revision", equalTo(1))
                .body("$", not(hasKey("reason")))
                .body("$", not(hasKey("confirm")));
        // a newer publication replaces the entry; an older one arriving late (a redriven dead letter) changes
        // nothing; an entry without a code is poison, parked on the dead-letter topic. One key, one partition: once
        // the poison is parked, the two before it have been consumed.
        UUID poison = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent(
                    TestCatalogue.TOPIC,
                    code,
                    UUID.randomUUID(),
                    TestCatalogue.TYPE,
                    TestCatalogue.entry(code, 3, "Tên mới"));
            kafka.sendCloudEvent(
                    TestCatalogue.TOPIC,
                    code,
                    UUID.randomUUID(),
                    TestCatalogue.TYPE,
                    TestCatalogue.entry(code, 2, "Cũ"));
            kafka.sendCloudEvent(
                    TestCatalogue.TOPIC,
                    code,
                    poison,
                    TestCatalogue.TYPE,
                    "{\"nameVi\":\"Không mã\",\"revision\":9,\"publishedAt\":\"2026-01-01T00:00:00Z\"}");
            ConsumerRecord<String, String> letter = kafka.await(
                    "review-service.dlq",
                    r -> poison.toString().equals(KafkaTestClient.header(r, "ce_id")),
                    Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(letter, "dead-letter-reason")).contains("names no award code");
            assertThat(KafkaTestClient.header(letter, "dead-letter-topic")).isEqualTo(TestCatalogue.TOPIC);
        }
        assertThat(TestCatalogue.nameVi(code)).isEqualTo("Tên mới");
    }

    @Test
    void aThresholdBelowAMajorityIsRefusedUnlessConfirmed() {
        String code = TestCatalogue.freshTitle();
        put(rule(code, 1, 75, "Quy chế thử nghiệm", null, ""))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/implausible-vote-rule"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("quorumPercent"))
                .body("detail", containsString("\"confirm\": true"));
        as("admin")
                .header("Accept-Language", "vi")
                .contentType(ContentType.JSON)
                .body(rule(code, 50, 40, "Quy chế thử nghiệm", null, ""))
                .put(RULES)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("approvalPercent"))
                .body("errors[0].reason", containsString("thấp hơn quá bán"));
        put(rule(code, 1, 40, "Quy chế thử nghiệm", null, ""))
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("quorumPercent", "approvalPercent")));
        // a majority itself is plausible; so is less, once the admin says it is meant
        put(rule(code, 50, 50, "Quy chế thử nghiệm", null, "")).then().statusCode(200);
        put(rule(code, 30, 50, "Quy chế thử nghiệm", null, ",\"reason\":\"Quy chế mới\",\"confirm\":true"))
                .then()
                .statusCode(200)
                .body("quorumPercent", equalTo(30));
    }

    @Test
    void theLegalBasisCitesAnInstrumentAndThePeriodStartsWithinAYear() {
        String code = TestCatalogue.freshTitle();
        put(rule(code, 50, 75, "theo ý kiến của lãnh đạo", null, ""))
                .then()
                .statusCode(400)
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("legalBasis"))
                .body("errors[0].reason", containsString("NĐ 91/2017/NĐ-CP"));
        as("admin")
                .header("Accept-Language", "vi")
                .contentType(ContentType.JSON)
                .body(rule(code, 50, 75, "abc", null, ""))
                .put(RULES)
                .then()
                .statusCode(400)
                .body("errors[0].reason", containsString("phải dẫn chiếu văn bản"));
        String[] forms = {
            "NĐ 91/2017/NĐ-CP Điều 45 khoản 8",
            "Nghị định 152/2025/NĐ-CP",
            "Luật 06/2022/QH15",
            "QĐ 12/2024/QĐ-UBND",
            "Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng tỉnh"
        };
        for (int i = 0; i < forms.length; i++) {
            put(rule(code, 50, 75, forms[i], "\"" + TODAY.minusYears(10).plusDays(i) + "\"", ""))
                    .then()
                    .statusCode(200);
        }
        // every legal basis the rules hold reads as a reference, the seeded ones included
        List<Map<String, Object>> rules = as("admin")
                .queryParam("size", 200)
                .get(RULES)
                .then()
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(rules).anyMatch(r -> "seed".equals(r.get("updatedBy")));
        assertThat(rules)
                .allSatisfy(r -> assertThat(LegalBasis.readsAsReference((String) r.get("legalBasis")))
                        .as((String) r.get("legalBasis"))
                        .isTrue());

        put(rule(code, 50, 75, "Quy chế thử nghiệm", "\"" + TODAY.plusYears(1).plusDays(1) + "\"", ""))
                .then()
                .statusCode(400)
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("validFrom"));
        put(rule(code, 50, 75, "Quy chế thử nghiệm", "\"" + TODAY.plusYears(1) + "\"", ""))
                .then()
                .statusCode(200);
    }

    @Test
    void aPeriodIsCorrectedWithAReasonAndItsOldValuesAreAudited() {
        String code = TestCatalogue.freshTitle();
        String id = put(rule(code, 50, 75, "Quy chế 2024", "\"2024-01-01\"", ""))
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        put(rule(code, 50, 80, "Quy chế 2024 (sửa đổi)", "\"2024-01-01\"", ""))
                .then()
                .statusCode(400)
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("reason"));
        put(rule(code, 50, 80, "Quy chế 2024 (sửa đổi)", "\"2024-01-01\"", ",\"reason\":\"Nhập nhầm tỷ lệ\""))
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("revision", equalTo(2))
                .body("approvalPercent", equalTo(80));
        applicable(code, "2024-06-01")
                .then()
                .body("approvalPercent", equalTo(80))
                .body("revision", equalTo(2));

        String trail = as("admin")
                .queryParam("resourceType", "vote-rule")
                .queryParam("resourceId", id)
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].detail");
        assertThat(trail)
                .contains("revision 2")
                .contains("approval ≥ 80%")
                .contains("was 2024-01-01 – …, quorum > 50%, approval ≥ 75%")
                .contains("\"Quy chế 2024\"")
                .contains("reason: Nhập nhầm tỷ lệ");
    }

    @Test
    void aPeriodNoBallotUsedIsWithdrawnAndTheOneItEndedIsInForceAgain() {
        String code = TestCatalogue.freshTitle();
        put(rule(code, 50, 75, "Quy chế cũ", "null", "")).then().statusCode(200);
        String later = put(rule(code, 50, 85, "Quy chế mới", "\"" + TODAY.plusMonths(6) + "\"", ""))
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        applicable(code, TODAY.toString())
                .then()
                .body("validTo", equalTo(TODAY.plusMonths(6).minusDays(1).toString()));

        withdraw(later, "Nhập nhầm ngày hiệu lực").then().statusCode(204);
        applicable(code, TODAY.plusYears(1).toString())
                .then()
                .body("approvalPercent", equalTo(75))
                .body("validTo", nullValue())
                .body("revision", equalTo(3));
        withdraw(later, "lần nữa").then().statusCode(404);
        String trail = as("admin")
                .queryParam("resourceType", "vote-rule")
                .queryParam("resourceId", later)
                .get("/api/v1/admin/audit")
                .then()
                .extract()
                .path("[0].detail");
        assertThat(trail).contains("withdrawn").contains("approval ≥ 85%").contains("reason: Nhập nhầm ngày hiệu lực");
    }

    @Test
    void aPeriodABallotUsedStaysAndTheDefaultNeverLeavesAGap() {
        String code = TestCatalogue.freshTitle();
        String id = put(rule(code, 50, 75, "Quy chế thử nghiệm", "null", ""))
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        TestCouncil council = TestCouncil.create(3);
        String caseId = TestCouncil.submit(code);
        council.take(caseId);
        council.meeting(TODAY.toString(), caseId);
        withdraw(id, "Không dùng nữa")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/vote-rule-in-use"));
        // a correction stays possible; the open ballot keeps what it opened with
        put(rule(code, 50, 90, "Quy chế thử nghiệm (sửa đổi)", "null", ",\"reason\":\"Theo quy chế mới\""))
                .then()
                .statusCode(200);
        as("council-secretary")
                .get(TestCouncil.REVIEWS + "/" + caseId + "/ballot")
                .then()
                .body("rule.approvalPercent", equalTo(75));

        // the default: a later period withdrawn gives its days back; the first one cannot go
        String defaults = """
                {"quorumPercent":50,"quorumInclusive":false,"approvalPercent":50,"approvalInclusive":false,
                 "approvalBase":"VOTES_CAST","publicCommentDays":0,"verified":false,"validFrom":"%s",
                 "legalBasis":"Luật TĐKT 2022 (thử nghiệm)"}""".formatted(TODAY.plusMonths(11));
        String future = put(defaults).then().statusCode(200).extract().path("id");
        withdraw(future, "Thử nghiệm").then().statusCode(204);
        applicable("GIAY_KHEN", TODAY.plusYears(2).toString())
                .then()
                .body("awardCode", nullValue())
                .body("validFrom", equalTo("2024-01-01"))
                .body("validTo", nullValue());
        withdraw("00000000-0000-0000-0000-000000000001", "Thử tạo khoảng trống")
                .then()
                .statusCode(409)
                .body("type", endsWith("/vote-rule-gap"));
    }

    private static String rule(String code, int quorum, int approval, String basis, String validFrom, String more) {
        return RULE.formatted(
                "\"" + code + "\"", quorum, approval, basis, validFrom == null ? "null" : validFrom, more);
    }

    private static Response put(String body) {
        return as("admin").contentType(ContentType.JSON).body(body).put(RULES);
    }

    private static Response withdraw(String id, String reason) {
        return as("admin").queryParam("reason", reason).delete(RULES + "/" + id);
    }

    private static Response applicable(String code, String on) {
        return as("council-secretary")
                .queryParam("awardCode", code)
                .queryParam("level", "PROVINCE")
                .queryParam("on", on)
                .get(RULES + "/applicable");
    }
}
