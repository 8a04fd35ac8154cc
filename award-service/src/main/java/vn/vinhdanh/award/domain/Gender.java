package vn.vinhdanh.award.domain;

/**
 * An individual recipient's gender, as the nomination recorded it: a certificate addresses him as "Ông", her as "Bà".
 */
public enum Gender {
    MALE,
    FEMALE;

    /** The gender a nominee's {@code gender} names; null when it names none of these (or is absent). */
    public static Gender of(String recorded) {
        for (Gender gender : values()) {
            if (gender.name().equals(recorded)) {
                return gender;
            }
        }
        return null;
    }
}
