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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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

/** The printable certificate: Vietnamese text with its diacritics, set in an embedded font, of granted awards only. */
@QuarkusTest
class CertificateTest {

    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    record Printed(String text, List<PDFont> fonts, int pages) {}

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
            return new Printed(text, fonts, pdf.getNumberOfPages());
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
                .doesNotContain("GIẤY KHEN");
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
}
