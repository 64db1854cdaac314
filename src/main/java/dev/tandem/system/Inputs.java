package dev.tandem.system;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.math.BigDecimal;
import java.util.Locale;

/** Field checks the facades share; each failure names the field. */
public final class Inputs {

    private Inputs() {
    }

    public static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, Text.of("problem.input.empty"));
            }
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(field, Text.of("problem.input.tooLong", max));
        }
        return value.strip();
    }

    /** A rating on the 1–5 scale of the risk register and the scorecard. */
    /** At most {@code max} characters, cut with an ellipsis: for text written from other records, not typed. */
    public static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public static int oneToFive(String field, Integer value) {
        if (value == null) {
            throw new InvalidInputException(field, Text.of("problem.input.oneToFive.required"));
        }
        if (value < 1 || value > 5) {
            throw new InvalidInputException(field, Text.of("problem.input.oneToFive", value));
        }
        return value;
    }

    public static BigDecimal amount(String field, BigDecimal value, BigDecimal min, BigDecimal max, boolean required) {
        if (value == null) {
            if (required) {
                throw new InvalidInputException(field, Text.of("problem.input.required"));
            }
            return null;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidInputException(field, Text.of("problem.input.between", min.toPlainString(), max.toPlainString()));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, Text.of("problem.input.twoDecimals"));
        }
        return value;
    }

    public static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value != null && !value.isBlank()) {
            String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) {
                    return e;
                }
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw new InvalidInputException(field, value == null ? Text.of("problem.input.oneOf", allowed.toString())
                : Text.of("problem.input.oneOfNot", allowed.toString(), value));
    }

    /** Without trailing zeros, never in exponent notation (10, not 1E+1). */
    public static BigDecimal norm(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public static String display(Object value) {
        return value == null ? "–" : value.toString();
    }
}
