package dev.tandem.planner.engine;

import java.util.List;

/** Who should do an item, and why. */
public record Proposal(String item, String person, List<Reason> reasons) {

    public Proposal {
        reasons = List.copyOf(reasons);
    }
}
