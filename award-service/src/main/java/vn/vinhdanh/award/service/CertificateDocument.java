package vn.vinhdanh.award.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardDecision;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.CertificateKind;
import vn.vinhdanh.award.domain.Gender;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.province.VietnameseText;

/**
 * The wording of a certificate, in Vietnamese, and its one A4 landscape page. The text is set in DejaVu Serif,
 * embedded (as a subset) so that every diacritic prints the same on any machine.
 */
final class CertificateDocument {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern NAMES_A_YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)|\\bnam hoc\\b");
    private static final byte[] REGULAR = font("fonts/DejaVuSerif.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSerif-Bold.ttf");

    private CertificateDocument() {}

    /** One line of the certificate, centred. */
    record Line(String text, boolean bold, float size, float gapBefore) {}

    /**
     * @param grantor    who grants, for the heading: the issuer's name ("Chủ tịch Ủy ban nhân dân tỉnh Lào Cai")
     * @param place      printed before the date ("Lào Cai, ngày … tháng … năm …")
     * @param signerName the signer's full name, printed under the signer's title; null when none is recorded
     */
    static List<Line> lines(
            Award award, AwardType type, AwardDecision decision, String grantor, String place, String signerName) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 13, 0));
        lines.add(new Line("Độc lập – Tự do – Hạnh phúc", true, 13, 4));
        lines.add(new Line(upper(grantor), true, 16, 26));
        if (type.certificateKind == CertificateKind.TITLE) {
            lines.add(new Line("CÔNG NHẬN DANH HIỆU", true, 16, 14));
            lines.add(new Line(upper(type.nameVi), true, 26, 12));
        } else {
            lines.add(new Line("TẶNG", true, 16, 14));
            lines.add(
                    new Line(type.certificateKind == CertificateKind.MERIT ? "BẰNG KHEN" : "GIẤY KHEN", true, 34, 12));
        }
        lines.add(new Line(addressed(award) + ": " + award.recipientName, true, 18, 20));
        if (award.organization != null && !award.organization.isBlank()) {
            lines.add(new Line(award.organization, false, 13, 6));
        }
        lines.add(new Line(achievement(award), false, 14, 12));
        lines.add(
                new Line("Quyết định số " + award.decisionNumber + " " + longDate(award.decisionDate), false, 12, 20));
        lines.add(new Line(place + ", " + longDate(award.decisionDate), false, 13, 18));
        lines.add(new Line(upper(decision.signer), true, 13, 6));
        if (signerName != null && !signerName.isBlank()) {
            // the room between title and name is where the signature and the seal go
            lines.add(new Line(signerName.strip(), true, 13, 40));
        }
        return lines;
    }

    /**
     * "Ông" or "Bà" by the gender the nomination recorded, "Ông/Bà" only when it recorded none; "Tập thể" for a
     * collective, "Hộ gia đình" for a household.
     */
    static String addressed(Award award) {
        if (award.recipientKind == NomineeKind.COLLECTIVE) {
            return "Tập thể";
        }
        if (award.recipientKind == NomineeKind.HOUSEHOLD) {
            // the household is named by its head ("Hộ ông Vàng A Sử"): "Hộ gia đình" before it says what it is
            return "Hộ gia đình";
        }
        if (award.recipientGender == null) {
            return "Ông/Bà";
        }
        return award.recipientGender == Gender.MALE ? "Ông" : "Bà";
    }

    /**
     * "Đã có thành tích xuất sắc trong {movement} năm {year}", without the year when the movement's name says it
     * already ("… năm học 2025-2026", "… tỉnh Lào Cai năm 2017"): a certificate that names the year twice reads as a
     * mistake.
     */
    static String achievement(Award award) {
        if (award.movementName == null) {
            return "Đã có thành tích xuất sắc trong phong trào thi đua";
        }
        String achievement = "Đã có thành tích xuất sắc trong " + award.movementName;
        return award.movementYear == null || namesAYear(award.movementName)
                ? achievement
                : achievement + " năm " + award.movementYear;
    }

    /** A year (1900–2099) or a school year ("năm học") anywhere in the text, however its diacritics were typed. */
    static boolean namesAYear(String text) {
        return NAMES_A_YEAR.matcher(VietnameseText.fold(text)).find();
    }

    /** "ngày 01 tháng 7 năm 2025", as decisions write their date. */
    static String longDate(LocalDate date) {
        return "ngày %02d tháng %d năm %d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    static byte[] render(List<Line> lines) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4Landscape);
            document.addPage(page);
            PDType0Font regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
            PDType0Font bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
            float width = a4Landscape.getWidth();
            float height = a4Landscape.getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                // a double red border, as printed certificates have
                content.setStrokingColor(0.70f, 0.10f, 0.10f);
                content.setLineWidth(3);
                content.addRect(24, 24, width - 48, height - 48);
                content.stroke();
                content.setLineWidth(1);
                content.addRect(32, 32, width - 64, height - 64);
                content.stroke();
                content.setNonStrokingColor(0, 0, 0);
                float y = height - 70;
                for (Line line : lines) {
                    PDType0Font font = line.bold() ? bold : regular;
                    y -= line.gapBefore() + line.size();
                    String text = line.text();
                    float textWidth = font.getStringWidth(text) / 1000 * line.size();
                    float size = line.size();
                    if (textWidth > width - 100) { // a long name or signer: shrink to fit
                        size = size * (width - 100) / textWidth;
                        textWidth = width - 100;
                    }
                    content.beginText();
                    content.setFont(font, size);
                    content.newLineAtOffset((width - textWidth) / 2, y);
                    content.showText(text);
                    content.endText();
                }
            }
            document.getDocumentInformation().setTitle(lines.get(4).text());
            document.getDocumentInformation().setCreator("Vinh Danh award-service");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the certificate", e);
        }
    }

    private static byte[] font(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
