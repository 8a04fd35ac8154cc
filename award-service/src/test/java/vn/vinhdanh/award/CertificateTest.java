package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.vinhdanh.award.AwardSteps.approve;
import static vn.vinhdanh.award.AwardSteps.awaitAward;
import static vn.vinhdanh.award.AwardSteps.budget;
import static vn.vinhdanh.award.AwardSteps.decision;
import static vn.vinhdanh.award.AwardSteps.newFund;
import static vn.vinhdanh.award.AwardSteps.sign;
import static vn.vinhdanh.deploy.infra.Callers.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * The printable certificate: Vietnamese text with its diacritics, set in an embedded font, of granted awards only, worded
 * as an officer would sign it (Ông or Bà, each year once, the signer's name) and downloaded under an ASCII name.
 */
@QuarkusTest
class CertificateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    /**
     * A certificate as downloaded: its text (NFC) and its lines in print order, trimmed, its fonts, its pages, and
     * the Content-Disposition header that names the file.
     */
    record Printed(String text, List<String> lines, List<PDFont> fonts, int pages, String disposition) {

        /** The line printed right under {@code line}. */
        String under(String line) {
            assertThat(lines).contains(line);
            int at = lines.indexOf(line);
            assertThat(at + 1).as("a line under %s", line).isLessThan(lines.size());
            return lines.get(at + 1);
        }
    }

    private static Printed print(String awardId) throws Exception {
        Response response = as("award-officer").get("/api/v1/awards/" + awardId + "/certificate");
        response.then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString(".pdf"));
        try (PDDocument pdf = Loader.loadPDF(response.asByteArray())) {
            List<PDFont> fonts = new ArrayList<>();
            PDPage page = pdf.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC);
            List<String> lines = text.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            return new Printed(text, lines, fonts, pdf.getNumberOfPages(), response.header("Content-Disposition"));
        }
    }

    @Test
    void aCertificateOfMeritPrintsTheVietnameseWordingInAnEmbeddedFont() throws Exception {
        String award = awaitAward(approve(kafka, "INDIVIDUAL", "BANG_KHEN_CHU_TICH_UBND_TINH", "2026-10-01"));
        as("award-officer")
                .get("/api/v1/awards/" + award + "/certificate")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("award-not-granted"));

        String fund = newFund();
        budget(2026, fund, 100_000_000);
        String number = sign(decision("2026-10-05", fund, award))
                .statusCode(200)
                .extract()
                .path("decisionNumber");

        Printed printed = print(award);
        assertThat(printed.pages()).isEqualTo(1);
        assertThat(printed.text())
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập – Tự do – Hạnh phúc")
                .contains("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI") // the issuer QĐ-UBND
                .contains("CHỦ TỊCH UBND TỈNH LÀO CAI") // the signer
                .contains("BẰNG KHEN")
                .contains("Ông/Bà: Tẩn Láo Lở")
                .contains("xã Bản Khoang, Sa Pa")
                .contains("Đã có thành tích xuất sắc trong Phong trào thi đua Nông thôn mới năm 2025")
                .contains("Quyết định số " + number + " ngày 05 tháng 10 năm 2026")
                .contains("Lào Cai, ngày 05 tháng 10 năm 2026")
                .doesNotContain("năm 2025 năm 2025")
                .doesNotContain("GIẤY KHEN");
        // the seeded issuer has no signer's name: the signer's title is the last line
        assertThat(printed.lines()).last().isEqualTo("CHỦ TỊCH UBND TỈNH LÀO CAI");
        // "12/QĐ-UBND" named in ASCII, the Đ as a D
        assertThat(printed.disposition())
                .isEqualTo("inline; filename=\"bang-khen-" + number.replace("/QĐ-", "-QD-") + "-" + award + ".pdf\"")
                .matches("inline; filename=\"bang-khen-\\d+-QD-UBND-[0-9a-f-]{36}\\.pdf\"");
        assertThat(printed.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
            assertThat(font.getName()).contains("DejaVuSerif");
        });

        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Kê khai thành tích không trung thực", "category", "FRAUD"))
                .post("/api/v1/awards/" + award + "/revoke")
                .then()
                .statusCode(200);
        as("award-officer")
                .get("/api/v1/awards/" + award + "/certificate")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("award-revoked"));
        as("award-officer")
                .get("/api/v1/awards/" + UUID.randomUUID() + "/certificate")
                .then()
                .statusCode(404)
                .body("type", containsString("not-found"));
    }

    @Test
    void aTitleIsRecognisedAndACollectiveNamedAsSuch() throws Exception {
        String title = awaitAward(approve(kafka, "INDIVIDUAL", "CHIEN_SI_THI_DUA_CAP_TINH", "2026-10-01"));
        String collective = awaitAward(approve(kafka, "COLLECTIVE", "BANG_KHEN_CHU_TICH_UBND_TINH", "2026-10-01"));
        String fund = newFund();
        budget(2026, fund, 100_000_000);
        sign(decision("2026-10-06", fund, title, collective)).statusCode(200);

        assertThat(print(title).text())
                .contains("CÔNG NHẬN DANH HIỆU")
                .contains("CHIẾN SĨ THI ĐUA CẤP TỈNH")
                .doesNotContain("BẰNG KHEN");
        assertThat(print(collective).text())
                .contains("BẰNG KHEN")
                .contains("Tập thể: Hợp tác xã Nông nghiệp Bản Khoang");
        as("award-officer").get("/api/v1/awards/" + title).then().body("status", equalTo("GRANTED"));
    }

    @Test
    void aCertificateOfCommendationIsAGiayKhenOfTheUnitHead() throws Exception {
        String award = awaitAward(approve(kafka, "INDIVIDUAL", "GIAY_KHEN", "2026-10-01"));
        String fund = newFund();
        budget(2026, fund, 100_000_000);
        AwardSteps.unitIssuer();
        sign(AwardSteps.decisionBy(AwardSteps.UNIT_ISSUER, "2026-10-07", fund, award))
                .statusCode(200);
        assertThat(print(award).text())
                .contains("GIÁM ĐỐC SỞ NỘI VỤ TỈNH LÀO CAI")
                .contains("GIẤY KHEN")
                .contains("Quyết định số ")
                .contains("/QĐ-SNV ngày 07 tháng 10 năm 2026")
                .doesNotContain("BẰNG KHEN");
    }

    @Test
    void herCertificateSaysBaHisOngEachYearOnceAndTheSignersNameUnderTheTitle() throws Exception {
        String issuer = "QĐ-CT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        issuer,
                        "authority",
                        "PROVINCE_CHAIRMAN",
                        "nameVi",
                        "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai",
                        "signerName",
                        "  Trịnh Xuân Trường "))
                .post("/api/v1/issuers")
                .then()
                .statusCode(201)
                .body("signerName", equalTo("Trịnh Xuân Trường"));
        String her = awaitAward(approveNominee(
                "FEMALE", "Lò Thị Mai", "Phong trào thi đua \"Dạy tốt – Học tốt\" năm học 2025-2026", 2026));
        String him = awaitAward(approveNominee(
                "MALE", "Vàng A Sử", "Phong trào thi đua yêu nước toàn diện tỉnh Lào Cai năm 2017", 2017));
        String fund = newFund();
        budget(2026, fund, 100_000_000);
        String decision = as("award-officer")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "issuer",
                        issuer,
                        "decisionDate",
                        "2026-10-08",
                        "signer",
                        "Chủ tịch UBND tỉnh Lào Cai",
                        "fund",
                        fund,
                        "awardIds",
                        List.of(her, him)))
                .post("/api/v1/decisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String number = sign(decision).statusCode(200).extract().path("decisionNumber");

        Printed hers = print(her);
        assertThat(hers.lines())
                .contains("Bà: Lò Thị Mai")
                .contains("Đã có thành tích xuất sắc trong Phong trào thi đua \"Dạy tốt – Học tốt\" năm học 2025-2026");
        assertThat(hers.text()).doesNotContain("Ông/Bà").doesNotContain("2025-2026 năm 2026");
        assertThat(hers.under("CHỦ TỊCH UBND TỈNH LÀO CAI")).isEqualTo("Trịnh Xuân Trường");

        Printed his = print(him);
        assertThat(his.lines())
                .contains("Ông: Vàng A Sử")
                .contains(
                        "Đã có thành tích xuất sắc trong Phong trào thi đua yêu nước toàn diện tỉnh Lào Cai năm 2017");
        assertThat(his.text()).doesNotContain("Ông/Bà").doesNotContain("năm 2017 năm 2017");
        assertThat(his.under("CHỦ TỊCH UBND TỈNH LÀO CAI")).isEqualTo("Trịnh Xuân Trường");
        assertThat(his.lines()).last().isEqualTo("Trịnh Xuân Trường");

        // "7/QĐ-CT1A2B3C" → "7-QD-CT1A2B3C": every letter of the file name is ASCII
        String suffix = issuer.substring("QĐ-".length());
        assertThat(number).endsWith("/" + issuer);
        assertThat(his.disposition())
                .isEqualTo("inline; filename=\"bang-khen-" + number.substring(0, number.indexOf('/')) + "-QD-" + suffix
                        + "-" + him + ".pdf\"")
                .matches("\\p{ASCII}+");
    }

    /** The council's approval of an individual with a recorded gender, in a movement of that name and year. */
    private String approveNominee(String gender, String name, String movementName, int movementYear) throws Exception {
        String nominationId = UUID.randomUUID().toString();
        ObjectNode approval = JSON.createObjectNode()
                .put("caseId", UUID.randomUUID().toString())
                .put("nominationId", nominationId)
                .put("outcome", "APPROVED")
                .put("decisionDate", "2026-10-01")
                .put("decidedAt", Instant.now().toString())
                .put("decidedBy", "council-secretary");
        ObjectNode nomination = approval.putObject("nomination")
                .put("nominationId", nominationId)
                .put("revision", 1)
                .put("agencyCode", "SO-GDDT")
                .put("movementId", UUID.randomUUID().toString())
                .put("movementName", movementName)
                .put("movementYear", movementYear)
                .put("level", "PROVINCE")
                .put("sector", "EDUCATION_TRAINING")
                .put("proposedAward", "BANG_KHEN_CHU_TICH_UBND_TINH")
                .put("achievements", "Dạy học song ngữ Mông – Việt cho học sinh vùng cao.")
                .put("publicityConsent", true)
                .put("submittedAt", Instant.now().minusSeconds(86_400).toString());
        nomination
                .putObject("nominee")
                .put("kind", "INDIVIDUAL")
                .put("name", name)
                .put("gender", gender)
                .put("organization", "Trường PTDTBT THCS Bản Khoang, Sa Pa")
                .put("targetGroup", "PUBLIC_EMPLOYEE");
        kafka.sendCloudEvent(
                "review.events",
                nominationId,
                UUID.randomUUID(),
                "review.decided.v1",
                JSON.writeValueAsString(approval));
        return nominationId;
    }
}
