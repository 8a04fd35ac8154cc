package vn.vinhdanh.publicity.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/** URL slugs: "Lò Thị Mai" → "lo-thi-mai-1a2b3c4d". Vietnamese marks are dropped; đ is not a mark, so it is mapped. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String name, UUID id) {
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String base = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 80) {
            base = base.substring(0, 80).replaceAll("-+$", "");
        }
        String suffix = id.toString().substring(0, 8);
        return base.isEmpty() ? suffix : base + "-" + suffix;
    }
}
