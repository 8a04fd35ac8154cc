package vn.vinhdanh.province;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as the platform stores, searches and prints it in URLs. The language can be typed precomposed
 * ("ệ") or decomposed ("ê" + combining dot below); both look alike but compare and search differently, so everything
 * stored is NFC, and searching and matching use the folded form.
 */
public final class VietnameseText {

    private VietnameseText() {}

    /** Trimmed and in Unicode NFC; null stays null. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return Normalizer.isNormalized(trimmed, Normalizer.Form.NFC)
                ? trimmed
                : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    /**
     * The search and comparison form: lower case, without tone marks or diacritics, "đ" as "d", single spaces. Users
     * type names with or without diacritics ("lo thi mai" for "Lò Thị Mai"); both fold to the same text.
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            // đ is a letter of its own, not d with a mark, so NFD leaves it whole
            folded.append(c == 'đ' || c == 'Đ' ? 'd' : c);
        }
        return folded.toString()
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The folded text as a URL path segment: "Hợp tác xã Ỷ La (HTX)" → "hop-tac-xa-y-la-htx"; may be empty. */
    public static String slug(String text) {
        return fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
