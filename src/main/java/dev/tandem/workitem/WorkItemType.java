package dev.tandem.workitem;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.util.Locale;

public enum WorkItemType {
    EPIC, FEATURE, STORY, TASK, BUG, MILESTONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static WorkItemType parse(String value) {
        for (WorkItemType t : values()) {
            if (t.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return t;
            }
        }
        throw new InvalidInputException("type", Text.of("problem.input.oneOf", "epic, feature, story, task, bug, milestone"));
    }
}
