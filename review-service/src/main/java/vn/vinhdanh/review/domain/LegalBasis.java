package vn.vinhdanh.review.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a vote rule's legal basis reads as a reference to a legal instrument, as the council's papers cite one: a
 * document number ({@code 91/2017/NĐ-CP}, {@code 06/2022/QH15}, {@code 12/2024/QĐ-UBND}), a kind of instrument with
 * its number ({@code NĐ 91/2017}, {@code Nghị định 152/2025}, {@code Luật 06/2022}), a law by its name ({@code Luật
 * TĐKT 2022}), or a body's own regulation by its name ({@code Quy chế hoạt động của Hội đồng}, {@code Quy trình …}).
 * It cannot tell a real reference from an invented one; it refuses text that cites nothing ("theo ý kiến lãnh đạo",
 * "abc"), which is what a typo or a test value in the admin's form looks like. Every seeded legal basis passes.
 */
public final class LegalBasis {

    /** What the refusal says is expected, in English and in Vietnamese. */
    public static final String EXPECTED = "a decree, law or regulation reference such as 'NĐ 91/2017/NĐ-CP Điều 45',"
            + " 'Nghị định 152/2025/NĐ-CP', 'Luật 06/2022/QH15', 'QĐ 12/2024/QĐ-UBND' or 'Quy chế …' (its name)";

    public static final String EXPECTED_VI = "phải dẫn chiếu văn bản quy phạm, ví dụ 'NĐ 91/2017/NĐ-CP Điều 45',"
            + " 'Nghị định 152/2025/NĐ-CP', 'Luật 06/2022/QH15', 'QĐ 12/2024/QĐ-UBND' hoặc 'Quy chế …' (tên quy chế)";

    /** Not preceded by a letter or digit: "NĐ" inside a longer word is not the abbreviation. */
    private static final String START = "(?<![\\p{L}\\d])";

    private static final List<Pattern> REFERENCES = List.of(
            // số/năm/ký hiệu, or số/ký hiệu: 91/2017/NĐ-CP, 06/2022/QH15, 109/TTr-UBND
            Pattern.compile(START + "\\d{1,4}(?:/\\d{4})?/\\p{Lu}[\\p{L}\\d]*(?:-\\p{Lu}[\\p{L}\\d]*)*"),
            // a kind of instrument and its number: NĐ 91/2017, Nghị định số 152/2025, Luật 06/2022, Thông tư 12
            Pattern.compile(START + "(?:Nghị định|NĐ|Quyết định|QĐ|Thông tư|TT|Nghị quyết|NQ|Chỉ thị|CT|Luật|Bộ luật"
                    + "|Pháp lệnh|Hiến pháp)\\s*(?:số\\s*)?\\d"),
            // a law by its name: Luật TĐKT 2022, Luật Thi đua, khen thưởng
            Pattern.compile(START + "(?:Luật|Bộ luật|Pháp lệnh)\\s+\\p{Lu}"),
            // a body's own regulation by its name: Quy chế hội đồng tỉnh, Quy trình cũ của tỉnh
            Pattern.compile(START + "(?:Quy chế|Quy định|Quy trình|Điều lệ|Hướng dẫn)\\s+[\\p{L}\\d]"));

    private LegalBasis() {}

    public static boolean readsAsReference(String text) {
        if (text == null) {
            return false;
        }
        // a form may send decomposed diacritics ("ị" as "i" and a combining dot below): the patterns are composed
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        return REFERENCES.stream().anyMatch(p -> p.matcher(normalized).find());
    }
}
