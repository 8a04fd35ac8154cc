package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.deploy.infra.LinkHeader.links;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individual;
import static vn.vinhdanh.nomination.rest.NominationApi.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Movements, drafts and nominations page as every list of the platform does: {@code page} (from 0) and {@code size},
 * {@code X-Total-Count} over all pages, and an RFC 8288 {@code Link} header whose targets keep the request's filters.
 */
@QuarkusTest
class ListPagingTest {

    @Test
    void movementsComeInPagesNewestYearFirst() {
        createMovement(2099);
        createMovement(2100);
        Supplier<RequestSpecification> admin = () -> as("admin");

        Response first = admin.get().queryParam("size", 1).get("/api/v1/movements");
        assertThat(first.statusCode()).isEqualTo(200);
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.jsonPath().getList("year", Integer.class)).containsExactly(2100);
        Map<String, URI> links = links(first);
        assertThat(links).containsKeys("first", "next", "last").doesNotContainKey("prev");
        assertThat(links.get("next").getQuery().split("&")).containsExactlyInAnyOrder("size=1", "page=1");

        Response second =
                admin.get().queryParam("size", 1).queryParam("page", 1).get("/api/v1/movements");
        assertThat(second.jsonPath().getList("year", Integer.class)).containsExactly(2099);
        assertThat(second.header("X-Total-Count")).isEqualTo(String.valueOf(total));
        assertThat(links(second)).containsKeys("first", "prev", "last");
    }

    @Test
    void anAgencysDraftsComeInPagesMostRecentlyChangedFirst() {
        String movementId = createMovement();
        String agencyCode = "SO-TNMT";
        List<String> drafts =
                List.of(draft(agencyCode, movementId), draft(agencyCode, movementId), draft(agencyCode, movementId));

        Response all = agency(agencyCode).get("/api/v1/nominations/drafts");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.header("X-Total-Count")).isEqualTo("3");
        assertThat(all.jsonPath().getList("id", String.class))
                .containsExactly(drafts.get(2), drafts.get(1), drafts.get(0));
        assertThat(links(all)).containsOnlyKeys("first", "last");

        Response middle = agency(agencyCode)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .queryParam("includeSubmitted", true)
                .get("/api/v1/nominations/drafts");
        assertThat(middle.jsonPath().getList("id", String.class)).containsExactly(drafts.get(1));
        Map<String, URI> links = links(middle);
        assertThat(links).containsKeys("first", "prev", "next", "last");
        assertThat(links.get("next").getQuery().split("&"))
                .containsExactlyInAnyOrder("size=1", "page=2", "includeSubmitted=true");
    }

    @Test
    void nominationLinksKeepTheFilters() {
        String movementId = createMovement();
        submit(individual(movementId, "Phạm Thị Một"));
        submit(individual(movementId, "Phạm Thị Hai"));

        Response first = agency("SO-GDDT")
                .queryParam("movementId", movementId)
                .queryParam("size", 1)
                .get("/api/v1/nominations");
        assertThat(first.header("X-Total-Count")).isEqualTo("2");
        Map<String, URI> links = links(first);
        assertThat(links.get("next").getQuery().split("&"))
                .containsExactlyInAnyOrder("movementId=" + movementId, "size=1", "page=1");
        assertThat(links.get("last").getQuery()).contains("page=1");
    }

    @Test
    void aPageOrASizeOutOfRangeIsAProblemNamingIt() {
        for (String list : List.of("/api/v1/movements", "/api/v1/nominations/drafts", "/api/v1/nominations")) {
            refused(list, "size", 0);
            refused(list, "size", 201);
            refused(list, "page", -1);
        }
    }

    private static String draft(String agencyCode, String movementId) {
        return agency(agencyCode)
                .contentType(ContentType.JSON)
                .body("{\"movementId\":\"" + movementId + "\",\"achievements\":\"Đang tổng hợp…\"}")
                .post("/api/v1/nominations/drafts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void refused(String list, String parameter, int value) {
        Response response = agency("SO-GDDT").queryParam(parameter, value).get(list);
        assertThat(response.statusCode()).as("%s?%s=%d", list, parameter, value).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("errors[0].field"))
                .as("%s?%s=%d", list, parameter, value)
                .isEqualTo(parameter);
    }
}
