package vn.vinhdanh.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;

/**
 * Why a value did not read as its type, said as the API documents the type (never a Java class name), in both
 * languages: for a JSON field and for a query parameter alike.
 */
final class JsonReasons {

    record Reason(String english, String vietnamese) {}

    private JsonReasons() {}

    static Reason of(JsonMappingException e) {
        if (e instanceof NfcStrings.UnstorableTextException unstorable) {
            return new Reason(
                    unstorable.problem().english(), unstorable.problem().vietnamese());
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new Reason("unknown field", "Trường này không có trong yêu cầu");
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return new Reason("has the wrong type or format", "Sai kiểu hoặc định dạng");
        }
        Reason expected = expected(target);
        if (e instanceof InvalidFormatException format) {
            String value = "'" + truncate(String.valueOf(format.getValue())) + "'";
            return new Reason(value + " is not " + expected.english(), value + " không phải " + expected.vietnamese());
        }
        return new Reason("must be " + expected.english(), "Phải là " + expected.vietnamese());
    }

    /** What a value of {@code type} looks like, as the API documents it. */
    static Reason expected(Class<?> type) {
        if (type.isEnum()) {
            String accepted = String.join(
                    ", ",
                    Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
            return new Reason("one of " + accepted, "một trong các giá trị " + accepted);
        }
        if (type == UUID.class) {
            return new Reason("a UUID such as 3f2a…-…", "một mã UUID, ví dụ 3f2a…-…");
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return new Reason("a whole number", "một số nguyên");
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class) {
            return new Reason("a number", "một số");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Reason("true or false", "true hoặc false");
        }
        if (type == LocalDate.class) {
            return new Reason("a date as yyyy-MM-dd", "một ngày theo dạng yyyy-MM-dd");
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return new Reason(
                    "a date and time with its offset (RFC 3339), e.g. 2026-12-02T08:00:00+07:00",
                    "ngày giờ kèm múi giờ (RFC 3339), ví dụ 2026-12-02T08:00:00+07:00");
        }
        if (type == LocalDateTime.class) {
            return new Reason("a date and time as yyyy-MM-ddTHH:mm:ss", "ngày giờ theo dạng yyyy-MM-ddTHH:mm:ss");
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return new Reason("a string", "một chuỗi ký tự");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return new Reason("a list", "một danh sách");
        }
        return new Reason("an object as the operation documents it", "một đối tượng như tài liệu API mô tả");
    }

    static String truncate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
