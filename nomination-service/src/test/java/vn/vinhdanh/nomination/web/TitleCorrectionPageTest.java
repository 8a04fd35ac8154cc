package vn.vinhdanh.nomination.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vinhdanh.nomination.NominationFixtures.approve;
import static vn.vinhdanh.nomination.NominationFixtures.block;
import static vn.vinhdanh.nomination.NominationFixtures.submitNomination;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.desk.DeskCsrf;

/**
 * The agency's page of a nomination whose award is blocked: award-service's reason, the form with the titles, a
 * refusal beside its field with the input kept, and after the correction the page with its timeline entry.
 *
 * <p>The desk signs people in with the authorization code flow, which needs the identity provider (the browser tests
 * in deploy/local-stack do that). Here the pages' resource is called as the desk's routes call it, with an identity,
 * a caller and a CSRF token standing in for the officer's session.
 */
@QuarkusTest
class TitleCorrectionPageTest {

    private static final String AGENCY = "SO-GDDT";
    private static final String CSRF = "test-session-token";
    private static final String BLOCKED_VI =
            "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh chưa có định mức tiền thưởng" + " cho cá nhân.";

    @Inject
    NominationPages pages;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    EntityManager session;

    /** Only after the API calls that set the scene: the stand-ins are the application's for the rest of the test. */
    private void signIn() {
        // what the desk's session would make of the officer's sign-in: the role for the pages' @RolesAllowed, the
        // agency for the use cases (Caller) and the session's token for the forms
        identity.setIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("can-bo-" + AGENCY))
                .addRole(Roles.AGENCY)
                .build());
        QuarkusMock.installMockForType(new SignedInOfficer(AGENCY), Caller.class);
        QuarkusMock.installMockForType(new SessionCsrf(), DeskCsrf.class);
    }

    @Test
    void theOfficerSeesTheBlockIsToldWhatIsWrongAndCorrectsTheTitle() {
        String id = blockedNomination();
        signIn();

        String page = page(id, null);
        assertThat(page)
                .contains(BLOCKED_VI)
                .contains("action=\"/desk/nominations/" + id + "/title-correction\"")
                .contains("<option value=\"CHIEN_SI_THI_DUA_CAP_TINH\">Chiến sĩ thi đua cấp tỉnh – ")
                .contains("<strong>Chưa lập được khen thưởng theo hình thức đề nghị</strong> – " + BLOCKED_VI)
                .contains("<strong>Hội đồng đã thông qua</strong>");

        // a collective-only title for an individual: the message beside the select, the choice and the reason kept
        Response refused = post(id, form("CO_THI_DUA_UBND_TINH", "Theo ý kiến của Ban"));
        assertThat(refused.getStatus()).isEqualTo(400);
        String again = refused.getEntity().toString();
        assertThat(again)
                .contains("class=\"error-summary\"")
                .containsPattern("id=\"err-f-proposedAward\">.*chỉ dành cho tập thể")
                .contains("<option value=\"CO_THI_DUA_UBND_TINH\" selected>")
                .contains(">Theo ý kiến của Ban</textarea>");

        // no reason: refused beside the reason, before the use case
        Response noReason = post(id, form("CHIEN_SI_THI_DUA_CAP_TINH", ""));
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getEntity().toString())
                .contains("id=\"err-f-reason\"")
                .contains("<option value=\"CHIEN_SI_THI_DUA_CAP_TINH\" selected>");

        Response corrected = post(id, form("CHIEN_SI_THI_DUA_CAP_TINH", "Theo ý kiến của Ban"));
        assertThat(corrected.getStatus()).isEqualTo(303);
        assertThat(corrected.getLocation().toString()).isEqualTo("/desk/nominations/" + id + "?corrected=1");
        String after = page(id, "1");
        assertThat(after)
                .contains("Đã sửa hình thức đề nghị; Ban Thi đua – Khen thưởng lập lại khen thưởng")
                .contains("<strong>Đã sửa hình thức đề nghị</strong> – Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
                        + " → Chiến sĩ thi đua cấp tỉnh: Theo ý kiến của Ban")
                .doesNotContain("/title-correction\"")
                .doesNotContain(BLOCKED_VI + "</p>");

        // a second try before award-service answers: the page says why, with no form
        Response tooSoon = post(id, form("BANG_KHEN_CHU_TICH_UBND_TINH", "Đổi lại"));
        assertThat(tooSoon.getStatus()).isEqualTo(409);
        assertThat(tooSoon.getEntity().toString()).contains("không bị tạm dừng khen thưởng");
    }

    /**
     * GET /desk/nominations/{id}. At the desk each page is a request of its own; here one request context spans the
     * test, so the session that read the nomination before is cleared, as a new request would start without it.
     */
    private String page(String id, String corrected) {
        session.clear();
        return pages.nomination(UUID.fromString(id), null, null, null, corrected);
    }

    /** POST /desk/nominations/{id}/title-correction, a request of its own as {@link #page} is. */
    private Response post(String id, MultivaluedMap<String, String> form) {
        session.clear();
        return pages.correctTitle(UUID.fromString(id), form);
    }

    private static MultivaluedMap<String, String> form(String title, String reason) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add(DeskCsrf.FIELD, CSRF);
        form.add("proposedAward", title);
        form.add("reason", reason);
        return form;
    }

    /** Submitted by the API, approved by the council and blocked by award-service over the broker. */
    private static String blockedNomination() {
        String id = submitNomination(AGENCY);
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            approve(kafka, AGENCY, id);
            block(kafka, AGENCY, id, "NO_REWARD_RULE", BLOCKED_VI);
        }
        return id;
    }

    /** The agency officer the desk's session would name. */
    static final class SignedInOfficer extends Caller {

        private final String agencyCode;

        SignedInOfficer(String agencyCode) {
            this.agencyCode = agencyCode;
        }

        @Override
        public String id() {
            return "can-bo-" + agencyCode;
        }

        @Override
        public boolean has(String role) {
            return Roles.AGENCY.equals(role);
        }

        @Override
        public String role() {
            return Roles.AGENCY;
        }

        @Override
        public String agencyCode() {
            return agencyCode;
        }

        @Override
        public String seat() {
            return null;
        }
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
