package vn.vinhdanh.award.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What a reward rule's legal basis must look like: a reference to a decree, law, resolution, decision or circular,
 * such as {@code NĐ 73/2024/NĐ-CP}, {@code Nghị định 73/2024/NĐ-CP}, {@code Luật 06/2022/QH15},
 * {@code NQ 12/2025/NQ-HĐND} or {@code QĐ 1/2024/QĐ-UBND}, optionally followed by more words (an article, a note).
 * The column is shown to officers and printed beside every amount, so a number such as {@code -9223372036854775808}
 * must never stand in for a law.
 */
public final class LegalBasis {

    /** The kind of text, its number and year, and the issuer's sign (NĐ-CP, QH15, NQ-HĐND, QĐ-TTg, ...). */
    private static final Pattern REFERENCE = Pattern.compile(
            "(NĐ|Nghị định|Luật|NQ|Nghị quyết|QĐ|Quyết định|TT|Thông tư|TTLT|Thông tư liên tịch)"
                    + "\\s+(số\\s+)?\\d{1,4}/(19|20)\\d{2}/[\\p{L}\\d]+(-[\\p{L}\\d]+)*(\\s.*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    public static final String EXPECTED =
            "must read as a decree or law reference such as NĐ 73/2024/NĐ-CP, Nghị định 73/2024/NĐ-CP,"
                    + " Luật 06/2022/QH15, NQ 12/2025/NQ-HĐND or QĐ 1/2024/QĐ-UBND";

    public static final String EXPECTED_VI =
            "Phải là số hiệu văn bản pháp luật, ví dụ NĐ 73/2024/NĐ-CP, Nghị định 73/2024/NĐ-CP, Luật 06/2022/QH15,"
                    + " NQ 12/2025/NQ-HĐND hoặc QĐ 1/2024/QĐ-UBND";

    /**
     * A document an officer cites for an amount: the kinds above, or an official letter (CV, Công văn), with a number,
     * optionally its year, and the issuer's sign; an individual decision is often numbered without a year
     * ({@code QĐ 1234/QĐ-UBND}).
     */
    private static final Pattern DOCUMENT = Pattern.compile(
            "(NĐ|Nghị định|Luật|NQ|Nghị quyết|QĐ|Quyết định|TT|Thông tư|TTLT|Thông tư liên tịch|CV|Công văn)"
                    + "\\s+(số\\s+)?\\d{1,5}(/(19|20)\\d{2})?/\\p{L}[\\p{L}\\d]*(-[\\p{L}\\d]+)*(\\s.*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    public static final String DOCUMENT_EXPECTED =
            "must read as a document reference such as QĐ 1234/QĐ-UBND, NQ 38/2016/NQ-HĐND or CV 56/UBND-TĐKT";

    public static final String DOCUMENT_EXPECTED_VI =
            "Phải là số hiệu văn bản, ví dụ QĐ 1234/QĐ-UBND, NQ 38/2016/NQ-HĐND hoặc CV 56/UBND-TĐKT";

    private LegalBasis() {}

    /** Whether the text reads as the number of a document, with or without its year. */
    public static boolean readsAsDocument(String text) {
        return text != null && DOCUMENT.matcher(normalized(text)).matches();
    }

    /** Whether the text reads as a reference; composed and decomposed Vietnamese marks count alike. */
    public static boolean readsAsReference(String text) {
        return text != null && REFERENCE.matcher(normalized(text)).matches();
    }

    /** As stored: trimmed, its marks composed (NFC), so the same reference is always the same text. */
    public static String normalized(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
