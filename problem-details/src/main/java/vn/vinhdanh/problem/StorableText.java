package vn.vinhdanh.problem;

/**
 * Text the database can hold: PostgreSQL refuses a NUL character in text and jsonb (the request would answer 500),
 * and an unpaired UTF-16 surrogate cannot be encoded as UTF-8 (it would be stored as "?" without a word). Both are
 * refused at the edge, naming the field.
 */
public final class StorableText {

    /** Why a text cannot be stored, in both languages. */
    public record Problem(String english, String vietnamese) {}

    private static final Problem NUL = new Problem(
            "contains a NUL character (U+0000), which text cannot hold",
            "Có ký tự NUL (U+0000), không lưu được trong văn bản");
    private static final Problem LONE_SURROGATE = new Problem(
            "contains an unpaired UTF-16 surrogate, which is not a character",
            "Có nửa cặp mã UTF-16 (surrogate) đứng riêng, không phải một ký tự");

    private StorableText() {}

    /** @return null when {@code text} can be stored as it is */
    public static Problem problemIn(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return NUL;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return LONE_SURROGATE;
                }
            } else if (Character.isLowSurrogate(c)) {
                return LONE_SURROGATE;
            }
        }
        return null;
    }
}
