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

    /** The sentences an explanation can have; each is a key in both message bundles. */
    public enum Kind {
        PINNED, SKILL, FREE, EPIC, KEPT;

        public String key() {
            return "planner.why." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Reason of(Kind kind, Object... args) {
        return new Reason(kind.key(), List.of(args));
    }
}
