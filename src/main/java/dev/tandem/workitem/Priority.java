package dev.tandem.workitem;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.util.Locale;

public enum Priority {
    LOWEST, LOW, MEDIUM, HIGH, HIGHEST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Priority parse(String value) {
        for (Priority p : values()) {
            if (p.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return p;
            }
        }
        throw new InvalidInputException("priority", Text.of("problem.input.oneOf", "lowest, low, medium, high, highest"));
    }
}
