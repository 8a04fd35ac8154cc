package vn.vinhdanh.nomination.domain;

import java.text.Normalizer;

/**
 * Vietnamese can be typed precomposed ("ệ") or decomposed ("ê" + dot below); both look alike but compare and search
 * differently. Everything stored is NFC.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return Normalizer.isNormalized(trimmed, Normalizer.Form.NFC) ? trimmed
                : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }
}
