package dev.tandem.workitem;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;

/** Finish-to-start, start-to-start, finish-to-finish and start-to-finish links. */
public enum DependencyType {
    FS, SS, FF, SF;

    static DependencyType parse(String value) {
        for (DependencyType t : values()) {
            if (t.name().equalsIgnoreCase(value == null ? "FS" : value.strip())) {
                return t;
            }
        }
        throw new InvalidInputException("type", Text.of("problem.input.oneOf", "FS, SS, FF, SF"));
    }
}
