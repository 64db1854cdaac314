package dev.tandem.planner.engine;

import java.util.List;

/**
 * One sentence of an assignment's explanation, for either language: a message key ({@code planner.why.*}) and its
 * arguments, e.g. {@code planner.why.skill} with ("Kotlin", 3, 2): "only 2 people have Kotlin ≥ 3".
 */
public record Reason(String key, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    static Reason of(String key, Object... args) {
        return new Reason("planner.why." + key, List.of(args));
    }
}
