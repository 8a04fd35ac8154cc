package vn.vinhdanh.award.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import vn.vinhdanh.problem.ProblemException;

/**
 * Query parameters are taken as text and converted here: a value JAX-RS cannot convert would otherwise answer 404,
 * as if the resource did not exist, instead of a 400 naming the parameter.
 */
final class QueryParams {

    private QueryParams() {
    }

    static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "'" + value + "' is not a date (yyyy-MM-dd)");
        }
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "'" + value + "' is not a UUID");
        }
    }

    static <T> T required(String name, T value) {
        if (value == null) {
            throw ProblemException.invalidField(name, "is required");
        }
        return value;
    }
}
