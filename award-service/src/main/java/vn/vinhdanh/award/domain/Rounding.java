package vn.vinhdanh.award.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a computed amount is rounded to whole units. The decrees say "round up to tens of thousands" but practice varies
 * (223,500 has been paid as 220,000), so both the unit and the direction are configuration.
 */
public record Rounding(Mode mode, long unitVnd) {

    public enum Mode {
        UP,
        HALF_UP,
        DOWN,
        NONE
    }

    public long apply(BigDecimal amount) {
        if (mode == Mode.NONE || unitVnd <= 1) {
            return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        RoundingMode roundingMode = switch (mode) {
            case UP -> RoundingMode.CEILING;
            case DOWN -> RoundingMode.FLOOR;
            default -> RoundingMode.HALF_UP;
        };
        BigDecimal unit = BigDecimal.valueOf(unitVnd);
        return amount.divide(unit, 0, roundingMode).multiply(unit).longValueExact();
    }
}
