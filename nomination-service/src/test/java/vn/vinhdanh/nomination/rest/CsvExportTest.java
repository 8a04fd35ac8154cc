package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vinhdanh.deploy.infra.Callers.agency;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.nomination.rest.NominationApi.createMovement;
import static vn.vinhdanh.nomination.rest.NominationApi.individualOf;
import static vn.vinhdanh.nomination.rest.NominationApi.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The spreadsheet export: UTF-8 with a byte order mark, RFC 4180 quoting, an agency's own rows only. */
@QuarkusTest
class CsvExportTest {

    @Test
    void exportsTheMovementsNominationsForExcel() {
        String movementId = createMovement();
        post("SO-GDDT", individualOf("SO-GDDT", movementId, "Lò Thị Mai"))
                .then()
                .statusCode(201);
        ObjectNode quoted = individualOf("SO-GDDT", movementId, "Đội");
        ((ObjectNode) quoted.get("nominee"))
                .put("name", "Đội \"Thắp sáng đường quê\", xã Xuân Quang")
                .put("kind", "COLLECTIVE")
                .put("targetGroup", "COLLECTIVE")
                .put("memberCount", 20)
                .remove(List.of("gender", "birthYear", "ethnicity", "position"));
        post("SO-GDDT", quoted).then().statusCode(201);
        post("SO-YTE", individualOf("SO-YTE", movementId, "Giàng Seo Lử"))
                .then()
                .statusCode(201);

        Response response = as("admin").get(csv(movementId));
        response.then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"nominations-" + movementId + ".csv\"");
        assertThat(response.contentType().replace(" ", "").toLowerCase()).isEqualTo("text/csv;charset=utf-8");
        byte[] bytes = response.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0))
                .startsWith("Mã hồ sơ,Cơ quan đề nghị,Cá nhân/Tập thể/Hộ gia đình,Họ tên/Tên tập thể/Tên hộ gia đình,");
        // newest first: the last submission leads
        assertThat(lines.get(1)).contains(",SO-YTE,INDIVIDUAL,Giàng Seo Lử,FEMALE,1984,");
        assertThat(lines.get(2)).contains(",COLLECTIVE,\"Đội \"\"Thắp sáng đường quê\"\", xã Xuân Quang\",,,,,");
        assertThat(lines.get(3))
                .contains(",Lò Thị Mai,FEMALE,1984,Tày,Giáo viên,\"Trường PTDTBT THCS Bản Lầu,"
                        + " Mường Khương\",PUBLIC_EMPLOYEE,,PROVINCE,EDUCATION_TRAINING,BANG_KHEN_CHU_TICH_UBND_TINH,"
                        + "SUBMITTED,0,,");

        String own = agency("SO-GDDT")
                .get(csv(movementId))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(own).contains("Lò Thị Mai").doesNotContain("Giàng Seo Lử");
        agency("SO-GDDT")
                .get(csv(UUID.randomUUID().toString()))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as("editor").get(csv(movementId)).then().statusCode(403);
    }

    private static String csv(String movementId) {
        return "/api/v1/movements/" + movementId + "/nominations.csv";
    }
}
