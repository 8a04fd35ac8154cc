package vn.vinhdanh.publicity;

import static org.awaitility.Awaitility.await;
import static vn.vinhdanh.deploy.infra.Callers.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Upstream events and editorial steps that take a nomination to a draft or a published story, as tests need. */
public final class Stories {

    private Stories() {}

    /** A council approval of a consenting nominee, with the facts the templates use. */
    public static String approval(
            String nominationId, String kind, String name, String sector, String level, String movementName) {
        boolean collective = kind.equals("COLLECTIVE");
        return """
                {"caseId":"%s","nominationId":"%s","outcome":"APPROVED","reason":null,"decisionDate":"2025-11-20",
                 "decidedAt":"%s","decidedBy":"council-secretary",
                 "nomination":{"nominationId":"%s","revision":1,"agencyCode":"SO-NV","movementId":"%s",
                   "movementName":"%s","movementYear":2025,
                   "level":"%s","sector":"%s","proposedAward":"CHIEN_SI_THI_DUA_CAP_TINH",
                   "nominee":{"kind":"%s","name":"%s","gender":"MALE","birthYear":1985,"ethnicity":%s,
                              "position":%s,"organization":"Xã Bản Lầu, Mường Khương","targetGroup":"%s",
                              "memberCount":%s},
                   "achievements":"Mười năm liền hoàn thành xuất sắc nhiệm vụ.",
                   "goodPractices":"Sáng kiến sổ tay điện tử cho bà con.","publicityConsent":true,
                   "submittedAt":"%s"}}""".formatted(
                        UUID.randomUUID(),
                        nominationId,
                        Instant.now(),
                        nominationId,
                        UUID.randomUUID(),
                        movementName,
                        level,
                        sector,
                        kind,
                        name,
                        collective ? "null" : "\"Nùng\"",
                        collective ? "null" : "\"Cán bộ\"",
                        collective ? "COLLECTIVE" : "CIVIL_SERVANT",
                        collective ? "25" : "null",
                        Instant.now());
    }

    public static String awardGranted(
            String nominationId, String awardName, String decisionNumber, LocalDate decisionDate) {
        return """
                {"awardId":"%s","nominationId":"%s","awardCode":"CHIEN_SI_THI_DUA_CAP_TINH",
                 "awardName":"%s","recipientKind":"INDIVIDUAL","recipientName":"x",
                 "decisionNumber":"%s","decisionDate":"%s","legalBasis":"NĐ 152/2025/NĐ-CP","multiplier":3.0,
                 "baseSalaryVnd":2340000,"amountVnd":7020000,"grantedAt":"%s"}""".formatted(UUID.randomUUID(), nominationId, awardName, decisionNumber, decisionDate, Instant.now());
    }

    /** Sends the approval and waits for the draft; returns the feature id. */
    public static String draft(String nominationId, String kind, String name, String sector, String level) {
        return EditorialSteps.draft(
                nominationId,
                approval(nominationId, kind, name, sector, level, "Phong trào thi đua yêu nước tỉnh Lào Cai năm 2025"));
    }

    /** Drafts, reviews, approves and publishes a story; returns the feature id. */
    public static String published(String kind, String name, String sector, String level) {
        return EditorialSteps.published(draft(UUID.randomUUID().toString(), kind, name, sector, level));
    }

    public static String awaitFeature(String nominationId) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> as("editor")
                                .queryParam("nominationId", nominationId)
                                .get("/api/v1/features")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("[0].id"),
                        id -> id != null);
    }

    public static String slugOf(String featureId) {
        return as("editor")
                .get("/api/v1/features/" + featureId)
                .then()
                .statusCode(200)
                .extract()
                .path("slug");
    }
}
