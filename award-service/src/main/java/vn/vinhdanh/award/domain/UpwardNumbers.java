package vn.vinhdanh.award.domain;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of the papers an upward proposal goes through (domain brief §6, "Numbering"): the province's
 * submission "109/TTr-UBND", and the higher decision "1234/QĐ-CTN" (the President) or "345/QĐ-TTg" (the Prime
 * Minister). Read stripped and in NFC, as the legal bases are stored.
 */
public final class UpwardNumbers {

    private static final Pattern SUBMISSION = Pattern.compile("[1-9]\\d{0,5}/TTr-UBND");
    private static final Pattern DECISION = Pattern.compile("([1-9]\\d{0,5})/(QĐ-CTN|QĐ-TTg)");

    private UpwardNumbers() {}

    public static String normalised(String number) {
        return Normalizer.normalize(number.strip(), Normalizer.Form.NFC);
    }

    public static boolean isSubmission(String number) {
        return SUBMISSION.matcher(normalised(number)).matches();
    }

    /** The decision's number and its issuer's sign ("QĐ-CTN"), if it reads as a higher decision's number. */
    public static Optional<Decision> decision(String number) {
        Matcher m = DECISION.matcher(normalised(number));
        return m.matches() ? Optional.of(new Decision(Integer.parseInt(m.group(1)), m.group(2))) : Optional.empty();
    }

    /** The sign a higher authority's decisions carry after the number. */
    public static String signOf(Authority authority) {
        return switch (authority) {
            case PRESIDENT -> "QĐ-CTN";
            case PRIME_MINISTER -> "QĐ-TTg";
            default -> throw new IllegalArgumentException(authority + " is not above the province");
        };
    }

    public record Decision(int number, String sign) {}
}
