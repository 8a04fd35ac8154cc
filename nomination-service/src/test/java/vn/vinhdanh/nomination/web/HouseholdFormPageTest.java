package vn.vinhdanh.nomination.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vinhdanh.deploy.infra.Callers.as;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.desk.DeskCsrf;
import vn.vinhdanh.events.TargetGroup;

/**
 * The nomination form offers a household (hộ gia đình) as the nominee, in Vietnamese, and a household sent through it
 * is a nomination whose page names it as a household and its village. The officer's session is stood in for as in
 * {@link TitleCorrectionPageTest}.
 */
@QuarkusTest
class HouseholdFormPageTest {

    private static final String AGENCY = "UBND-XA-YTY";
    private static final String CSRF = "test-session-token";

    @Inject
    AgencyDesk desk;

    @Inject
    NominationPages pages;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    EntityManager session;

    private void signIn() {
        identity.setIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("can-bo-" + AGENCY))
                .addRole(Roles.AGENCY)
                .build());
        QuarkusMock.installMockForType(new TitleCorrectionPageTest.SignedInOfficer(AGENCY), Caller.class);
        QuarkusMock.installMockForType(new SessionCsrf(), DeskCsrf.class);
    }

    @Test
    void theFormOffersTheHouseholdAndAHouseholdSentThroughItIsShownAsOne() {
        UUID movementId = UUID.fromString(movement());
        signIn();

        assertThat(desk.nominationForm(movementId, null))
                .contains("<input type=\"radio\" id=\"tg-HOUSEHOLD\" name=\"targetGroup\" value=\"HOUSEHOLD\" required>"
                        + "<label for=\"tg-HOUSEHOLD\">Hộ gia đình</label>");
        String form = desk.nominationForm(movementId, TargetGroup.HOUSEHOLD);
        assertThat(form)
                .contains("<legend>Cá nhân, tập thể hay hộ gia đình</legend>")
                .contains("<input type=\"radio\" id=\"kind-HOUSEHOLD\" name=\"nominee.kind\" value=\"HOUSEHOLD\">"
                        + "<label for=\"kind-HOUSEHOLD\">Hộ gia đình</label>")
                .contains("<input type=\"hidden\" name=\"nominee.targetGroup\" value=\"HOUSEHOLD\">")
                .contains("Hộ gia đình ghi theo tên chủ hộ, ví dụ: Hộ ông Vàng A Sử")
                .contains("<option value=\"GIA_DINH_VAN_HOA\">Gia đình văn hóa – cấp xã</option>");

        // a member count is a collective's: refused beside its field, the household's choice kept
        Response refused = desk.submit(movementId, household("6"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getEntity().toString())
                .contains("id=\"err-f-nominee-memberCount\"")
                .contains("value=\"HOUSEHOLD\" checked>");

        Response sent = desk.submit(movementId, household(""));
        assertThat(sent.getStatus()).isEqualTo(303);
        String location = sent.getLocation().toString();
        assertThat(location).startsWith("/desk/nominations/").endsWith("?submitted=1");
        UUID id = UUID.fromString(location.substring("/desk/nominations/".length(), location.indexOf('?')));
        session.clear();
        assertThat(pages.nomination(id, "1", null, null, null))
                .contains("<h1>Hộ ông Vàng A Sử</h1>")
                .contains("<dt>Đối tượng</dt><dd>Hộ gia đình</dd>")
                .contains("<dt>Nơi cư trú</dt><dd>thôn Lao Chải, xã Y Tý</dd>");
    }

    private static MultivaluedMap<String, String> household(String memberCount) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add(DeskCsrf.FIELD, CSRF);
        form.add("nominee.targetGroup", "HOUSEHOLD");
        form.add("nominee.kind", "HOUSEHOLD");
        form.add("nominee.name", "Hộ ông Vàng A Sử");
        form.add("nominee.position", "");
        form.add("nominee.organization", "thôn Lao Chải, xã Y Tý");
        form.add("nominee.gender", "MALE");
        form.add("nominee.birthYear", "");
        form.add("nominee.memberCount", memberCount);
        form.add("level", "COMMUNE");
        form.add("sector", "AGRICULTURE");
        form.add("proposedAward", "GIA_DINH_VAN_HOA");
        form.add("achievements", "Gia đình đi đầu giữ gìn nếp nhà, phát triển kinh tế đồi rừng.");
        form.add("goodPractices", "");
        form.add("publicityConsent", "yes");
        form.add("intent", "submit");
        return form;
    }

    /** A 2026 movement, created by the admin through the API before the officer's session is stood in for. */
    private static String movement() {
        return as("admin")
                .contentType(ContentType.JSON)
                .body("""
                        {"code":"LC-HO-%s","name":"Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
                         "kind":"REGULAR","level":"COMMUNE","year":2026}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/movements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

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
