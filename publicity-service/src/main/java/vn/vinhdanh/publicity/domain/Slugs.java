package vn.vinhdanh.publicity.domain;

import java.util.UUID;
import vn.vinhdanh.province.VietnameseText;

/** URL slugs: "Lò Thị Mai" → "lo-thi-mai-1a2b3c4d": the folded name, cut to 80 characters, and 8 hex of the id. */
public final class Slugs {

    private static final int MAX_NAME_LENGTH = 80;

    private Slugs() {}

    public static String of(String name, UUID id) {
        String base = VietnameseText.slug(name);
        if (base.length() > MAX_NAME_LENGTH) {
            base = base.substring(0, MAX_NAME_LENGTH).replaceAll("-+$", "");
        }
        String suffix = id.toString().substring(0, 8);
        return base.isEmpty() ? suffix : base + "-" + suffix;
    }
}
