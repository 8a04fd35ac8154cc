package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agency portals search by movement, year, status, level, sector and name, with or without diacritics. */
@QuarkusTest
class NominationSearchTest {

    /** An agency no other test uses, so that its whole list is known here. */
    private static final String AGENCY = "SO-LDTBXH";

    private static String movement2088;
    private static String loThiMai;
    private static String dinhVanDuc;
    private static String hoangThiMaiAnh;

    /** Once for the class; not in a @BeforeAll, which runs before the application's HTTP port is known. */
    @BeforeEach
    void submitNominationsOnce() {
        if (movement2088 != null) {
            return;
        }
        movement2088 = createMovement(2088);
        String movement2089 = createMovement(2089);
        loThiMai = submit(individualOf(AGENCY, movement2088, "Lò Thị Mai"));
        ObjectNode duc = individualOf(AGENCY, movement2088, "Đinh Văn Đức");
        duc.put("sector", "HEALTH").put("level", "COMMUNE").put("proposedAward", "GIAY_KHEN_CHU_TICH_UBND_XA");
        dinhVanDuc = submit(duc);
        hoangThiMaiAnh = submit(individualOf(AGENCY, movement2089, "Hoàng Thị Mai Anh"));
        // the same name at another agency, which AGENCY must never see
        post("SO-GDDT", individualOf("SO-GDDT", movement2088, "Lò Thị Mai").put("confirmDuplicate", true))
                .then()
                .statusCode(201);
    }

    @Test
    void theNameMatchesWithOrWithoutDiacritics() {
        assertThat(ids(Map.of("q", "lo thi mai"))).containsExactly(loThiMai);
        assertThat(ids(Map.of("q", "LÒ THỊ"))).containsExactly(loThiMai);
        assertThat(ids(Map.of("q", "dinh van duc"))).containsExactly(dinhVanDuc);
        assertThat(ids(Map.of("q", "Đức"))).containsExactly(dinhVanDuc);
        assertThat(ids(Map.of("q", "  thị   MAI "))).containsExactly(hoangThiMaiAnh, loThiMai);
        search(Map.of("q", "mai")).then().header("X-Total-Count", "2");
        // LIKE wildcards in q are plain characters
        assertThat(ids(Map.of("q", "%"))).isEmpty();
        assertThat(ids(Map.of("q", "l_ thi"))).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(ids(Map.of("year", 2089))).containsExactly(hoangThiMaiAnh);
        assertThat(ids(Map.of("year", 2088, "sector", "HEALTH"))).containsExactly(dinhVanDuc);
        assertThat(ids(Map.of("level", "COMMUNE"))).containsExactly(dinhVanDuc);
        assertThat(ids(Map.of("movementId", movement2088, "status", "SUBMITTED")))
                .containsExactly(dinhVanDuc, loThiMai);
        assertThat(ids(Map.of("movementId", movement2088, "status", "APPROVED")))
                .isEmpty();
        as("admin")
                .queryParam("q", "lo thi mai")
                .queryParam("year", 2088)
                .get("/api/v1/nominations")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "2")
                .body("agencyCode", containsInAnyOrder(AGENCY, "SO-GDDT"));
        agency("SO-YTE")
                .queryParam("q", "mai")
                .queryParam("year", 2088)
                .get("/api/v1/nominations")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "0")
                .body("$", hasSize(0));
    }

    @Test
    void pagesAreStableAndCounted() {
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            Response response = agency(AGENCY)
                    .queryParam("size", 1)
                    .queryParam("page", page)
                    .get("/api/v1/nominations");
            response.then().statusCode(200).header("X-Total-Count", "3");
            paged.addAll(response.jsonPath().getList("id"));
        }
        assertThat(paged).containsExactly(hoangThiMaiAnh, dinhVanDuc, loThiMai);
        agency(AGENCY).get("/api/v1/nominations").then().body("id", contains(hoangThiMaiAnh, dinhVanDuc, loThiMai));
    }

    private static String submit(ObjectNode body) {
        return post(AGENCY, body).then().statusCode(201).extract().path("id");
    }

    private static Response search(Map<String, ?> query) {
        return agency(AGENCY).queryParams(query).get("/api/v1/nominations");
    }

    private static List<String> ids(Map<String, ?> query) {
        return search(query).then().statusCode(200).extract().jsonPath().getList("id");
    }
}
