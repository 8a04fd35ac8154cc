package vn.vinhdanh.review;

import static org.awaitility.Awaitility.await;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * A council set up through the API for one test, with members named after the test so that no two tests share
 * them: a chair, {@code voting - 1} further voting members, and a non-voting secretary.
 */
public record TestCouncil(String id, String chair, List<String> voters, String secretary) {

    public static final String REVIEWS = "/api/v1/reviews";

    /** @param agencyOfSecondMember the agency the second voting member comes from (a conflict for its nominations) */
    public static TestCouncil create(String level, int voting, String agencyOfSecondMember) {
        String prefix = "m" + UUID.randomUUID().toString().substring(0, 6);
        List<String> voters = new ArrayList<>();
        StringBuilder seats = new StringBuilder();
        for (int i = 0; i < voting; i++) {
            String member = prefix + "-" + (i == 0 ? "chair" : "v" + i);
            voters.add(member);
            String position = i == 0 ? "CHAIR" : i == 1 ? "VICE_CHAIR" : "MEMBER";
            String agency =
                    i == 1 && agencyOfSecondMember != null ? ",\"agencyCode\":\"" + agencyOfSecondMember + "\"" : "";
            seats.append("{\"memberId\":\"%s\",\"fullName\":\"Thành viên %d\",\"position\":\"%s\"%s},"
                    .formatted(member, i, position, agency));
        }
        String secretary = prefix + "-sec";
        seats.append("{\"memberId\":\"%s\",\"fullName\":\"Thư ký hội đồng\",\"position\":\"SECRETARY\"}"
                .formatted(secretary));
        String id = as("council-secretary")
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Hội đồng Thi đua – Khen thưởng %s","level":"%s","validFrom":"2020-01-01",
                         "members":[%s]}""".formatted(prefix, level, seats))
                .post("/api/v1/councils")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new TestCouncil(id, voters.get(0), voters, secretary);
    }

    public static TestCouncil create(int voting) {
        return create("PROVINCE", voting, null);
    }

    /** Brings the case before this council (whatever council was in force when it opened). */
    public void take(String caseId) {
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"councilId\":\"" + id + "\"}")
                .put(REVIEWS + "/" + caseId + "/council")
                .then()
                .statusCode(200);
    }

    /** Opens a meeting voting on the cases; returns its id. */
    public String meeting(String heldOn, String... caseIds) {
        StringBuilder ids = new StringBuilder();
        for (String caseId : caseIds) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(caseId).append('"');
        }
        return as("council-secretary")
                .contentType(ContentType.JSON)
                .body(
                        "{\"councilId\":\"%s\",\"title\":\"Phiên họp xét khen thưởng\",\"heldOn\":\"%s\",\"caseIds\":[%s]}"
                                .formatted(id, heldOn, ids))
                .post("/api/v1/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public void vote(String meetingId, String member, String caseId, String choice, boolean inWriting) {
        as(member, "council-member")
                .contentType(ContentType.JSON)
                .body("{\"inWriting\":%s,\"votes\":[{\"caseId\":\"%s\",\"choice\":\"%s\"}]}"
                        .formatted(inWriting, caseId, choice))
                .post("/api/v1/meetings/" + meetingId + "/votes")
                .then()
                .statusCode(200);
    }

    public void close(String meetingId) {
        as("council-secretary")
                .post("/api/v1/meetings/" + meetingId + "/close")
                .then()
                .statusCode(200);
    }

    /** The whole way to an approval: this council takes the case, every member votes for it, the secretary decides. */
    public void approve(String caseId) {
        take(caseId);
        String meeting = meeting(java.time.LocalDate.now().toString(), caseId);
        voters.forEach(member -> vote(meeting, member, caseId, "APPROVE", false));
        close(meeting);
        as("council-secretary")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"APPROVED\"}")
                .post(REVIEWS + "/" + caseId + "/decision")
                .then()
                .statusCode(200);
    }

    // ------------------------------------------------------------------ nominations arriving from Kafka

    public static String awaitCase(String nominationId) {
        return awaitCase(nominationId, 1);
    }

    public static String awaitCase(String nominationId, int round) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> as("council-secretary")
                                .queryParam("nominationId", nominationId)
                                .get(REVIEWS)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("find { it.round == " + round + " }.id"),
                        id -> id != null);
    }

    /** Sends nomination.submitted.v1 and waits for its case. */
    public static String submit(
            String nominationId, int revision, String level, String agency, String award, String criteriaJson) {
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            kafka.sendCloudEvent(
                    "nomination.events",
                    nominationId,
                    UUID.randomUUID(),
                    "nomination.submitted.v1",
                    submitted(nominationId, revision, level, agency, award, criteriaJson));
        }
        return awaitCase(nominationId, revision);
    }

    public static String submit(String award) {
        return submit(UUID.randomUUID().toString(), 1, "PROVINCE", "SO-GDDT", award, null);
    }

    public static String submitted(
            String nominationId, int revision, String level, String agency, String award, String criteriaJson) {
        return """
                {"nominationId":"%s","revision":%d,"agencyCode":"%s","movementId":"%s",
                 "movementName":"Phong trào thi đua Dạy tốt – Học tốt","movementYear":2025,"level":"%s",
                 "sector":"EDUCATION_TRAINING","proposedAward":"%s",
                 "nominee":{"kind":"INDIVIDUAL","name":"Vàng Thị Mai","gender":"FEMALE","birthYear":1986,
                            "ethnicity":"Mông","position":"Giáo viên","organization":"Trường PTDTBT Tiểu học Sín Chéng",
                            "targetGroup":"PUBLIC_EMPLOYEE","memberCount":null},
                 "achievements":"12 năm dạy học ở điểm trường.","goodPractices":"Lớp học song ngữ Mông – Việt.",
                 "publicityConsent":true,"submittedAt":"%s","criteria":%s}""".formatted(
                        nominationId,
                        revision,
                        agency,
                        UUID.randomUUID(),
                        level,
                        award,
                        Instant.now(),
                        criteriaJson == null ? "null" : criteriaJson);
    }
}
