package vn.vinhdanh.award.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.AwardSteps;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.desk.DeskCsrf;

/**
 * The board's pages of the forms proposed upward: the list, the province's Tờ trình, then the President's decision (the
 * award granted) or a refusal, each refusal of a field beside it with the input kept.
 *
 * <p>As in nomination-service's page tests, the desk's sign-in (authorization code flow) is left to the browser tests
 * of deploy/local-stack: the pages' resource is called as the desk's routes call it, with an identity and a CSRF token
 * standing in for the officer's session.
 */
@QuarkusTest
class UpwardProposalPagesTest {

    private static final String CSRF = "test-session-token";

    @Inject
    UpwardProposalPages pages;

    @Inject
    AwardPage awardPage;

    @Inject
    DecisionPages decisionPages;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    EntityManager session;

    @Test
    void theBoardRecordsTheSubmissionAndThePresidentsDecisionOnThePages() {
        String fund = AwardSteps.newFund();
        AwardSteps.budget(2025, fund, 50_000_000);
        UUID id = proposed("HUAN_CHUONG_LAO_DONG_HANG_BA");
        signIn();

        assertThat(pages.proposals("AWAITING_SUBMISSION", 1))
                .contains("href=\"/desk/upward-proposals/" + id + "\"")
                .contains("Huân chương Lao động hạng Ba")
                .contains("Chờ tỉnh trình");
        assertThat(page(id, null))
                .contains("action=\"/desk/upward-proposals/" + id + "/submission\"")
                .doesNotContain("/decision\"");

        // a number that is not a Tờ trình's: the message beside it, what was typed kept
        Response malformed = submit(id, "109/UBND", "2025-09-10");
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getEntity().toString())
                .contains("class=\"error-summary\"")
                .containsPattern("id=\"err-f-submissionNumber\">.*TTr-UBND")
                .contains("value=\"109/UBND\"")
                .contains("value=\"2025-09-10\"");
        Response noDate = submit(id, "109/TTr-UBND", "10/9/2025");
        assertThat(noDate.getStatus()).isEqualTo(400);
        assertThat(noDate.getEntity().toString())
                .containsPattern("id=\"err-f-submittedOn\">.*năm-tháng-ngày")
                .contains("value=\"10/9/2025\"");

        Response submitted = submit(id, "109/TTr-UBND", "2025-09-10");
        assertThat(submitted.getStatus()).isEqualTo(303);
        assertThat(submitted.getLocation().toString()).isEqualTo("/desk/upward-proposals/" + id + "?done=submitted");
        assertThat(page(id, "submitted"))
                .contains("Đã ghi nhận tờ trình của tỉnh.")
                .contains("số 109/TTr-UBND ngày 10/09/2025")
                .contains("action=\"/desk/upward-proposals/" + id + "/decision\"")
                .contains("value=\"Chủ tịch nước\"")
                .doesNotContain("/submission\"");

        // the President's decisions are numbered …/QĐ-CTN
        Response wrongSign = decide(id, "12/QĐ-TTg", "2025-10-01", fund);
        assertThat(wrongSign.getStatus()).isEqualTo(400);
        assertThat(wrongSign.getEntity().toString())
                .containsPattern("id=\"err-f-decisionNumber\">.*QĐ-CTN")
                .contains("value=\"12/QĐ-TTg\"");

        Response decided = decide(id, "1240/QĐ-CTN", "2025-10-01", fund);
        assertThat(decided.getStatus()).isEqualTo(303);
        String after = page(id, "decided");
        assertThat(after)
                .contains("Cấp trên đã khen thưởng")
                .contains("số 1240/QĐ-CTN ngày 01/10/2025 · Chủ tịch nước · chi từ quỹ " + fund)
                .contains("href=\"/desk/awards/")
                .doesNotContain("/decision\"")
                .doesNotContain("/refusal\"");
        // NĐ 152/2025: 4.5 × 2,340,000 charged to the province's fund
        as("award-officer")
                .get("/api/v1/budgets/2025/" + fund)
                .then()
                .statusCode(200)
                .body("committedVnd", org.hamcrest.Matchers.equalTo(10_530_000));
        // the award's page: the certificate comes with the President's decision, the province prints none
        String awardId = as("award-officer")
                .get("/api/v1/upward-proposals/" + id)
                .then()
                .extract()
                .path("awardId");
        session.clear();
        assertThat(awardPage.show(UUID.fromString(awardId), null))
                .contains("Do cấp trên cấp kèm quyết định số 1240/QĐ-CTN")
                .doesNotContain("certificate.pdf");
        String decisionId = as("award-officer")
                .get("/api/v1/awards/" + awardId)
                .then()
                .extract()
                .path("decisionId");
        session.clear();
        assertThat(decisionPages.decision(UUID.fromString(decisionId), null))
                .contains("1240/QĐ-CTN")
                .contains("Do cấp trên cấp")
                .doesNotContain("certificate.pdf");
    }

    @Test
    void aRefusalNeedsItsReasonAndIsShownOnceRecorded() {
        UUID id = proposed("HUAN_CHUONG_LAO_DONG_HANG_NHI");
        signIn();
        assertThat(submit(id, "110/TTr-UBND", "2025-09-10").getStatus()).isEqualTo(303);

        Response noReason = refuse(id, "  ", "2025-10-02");
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getEntity().toString())
                .containsPattern("id=\"err-f-reason\">.*lý do")
                .contains("value=\"2025-10-02\"");

        Response refused = refuse(id, "Chưa đủ thời gian tính thành tích", "2025-10-02");
        assertThat(refused.getStatus()).isEqualTo(303);
        assertThat(page(id, "refused"))
                .contains("Đã ghi nhận việc cấp trên không khen thưởng.")
                .contains("Chưa đủ thời gian tính thành tích (Chủ tịch nước, ngày 02/10/2025)")
                .contains("Cấp trên không khen thưởng");
        // answered: a late submission is a conflict the page explains
        Response late = submit(id, "111/TTr-UBND", "2025-09-11");
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getEntity().toString()).contains("đã được trình theo Tờ trình số 110/TTr-UBND");
    }

    /** A council approval of a state-level form, over the broker, proposed upward by award-service. */
    private static UUID proposed(String awardCode) {
        String nominationId;
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            nominationId = AwardSteps.approve(kafka, "INDIVIDUAL", awardCode, "2025-09-02");
        }
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> as("award-officer")
                                .get("/api/v1/upward-proposals/" + nominationId)
                                .statusCode()
                        == 200);
        return UUID.fromString(nominationId);
    }

    /** Only after the API calls that set the scene: the stand-ins are the application's for the rest of the test. */
    private void signIn() {
        identity.setIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("can-bo-ban-tdkt"))
                .addRole(Roles.AWARD_OFFICER)
                .build());
        QuarkusMock.installMockForType(new SessionCsrf(), DeskCsrf.class);
    }

    /** GET /desk/upward-proposals/{id}; each page is a request of its own, so the session starts empty. */
    private String page(UUID id, String done) {
        session.clear();
        return pages.proposal(id, done);
    }

    private Response submit(UUID id, String number, String date) {
        session.clear();
        return pages.submit(id, form("submissionNumber", number, "submittedOn", date));
    }

    private Response decide(UUID id, String number, String date, String fund) {
        session.clear();
        return pages.decide(
                id, form("decisionNumber", number, "decisionDate", date, "issuer", "Chủ tịch nước", "fund", fund));
    }

    private Response refuse(UUID id, String reason, String date) {
        session.clear();
        return pages.refuse(id, form("reason", reason, "refusedOn", date));
    }

    private static MultivaluedMap<String, String> form(String... fieldsAndValues) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add(DeskCsrf.FIELD, CSRF);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            form.add(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return form;
    }

    /** The session's CSRF token, which the forms carry. */
    static final class SessionCsrf extends DeskCsrf {

        SessionCsrf() {
            super(null, "unused");
        }

        @Override
        public String token() {
            return CSRF;
        }
    }
}
