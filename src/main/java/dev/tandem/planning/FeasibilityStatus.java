package dev.tandem.planning;

import java.util.List;

/**
 * Whether the first baseline waits for feasibility sign-offs: {@code required} when the project has an EM member;
 * {@code missing} names the EMs and architects who have not signed off, as "EM li.wei".
 */
public record FeasibilityStatus(boolean required, List<String> missing, List<SignoffView> signoffs) {

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The refusal the baseline gets while people are missing, or null. */
    public String refusal() {
        return missing.isEmpty() ? null : "The first baseline needs the feasibility sign-off of: " + String.join(", ", missing);
    }
}
