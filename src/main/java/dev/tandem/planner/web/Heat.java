package dev.tandem.planner.web;

import dev.tandem.planner.PlanProposal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A weeks × people heat map of hours against capacity; {@code level} names the cell's class: free, busy (over 80 %),
 * full, over (above capacity). With {@code compare} each cell shows the load before and after a proposal.
 */
record Heat(List<LocalDate> weeks, List<Row> rows, boolean compare) {

    record Row(String username, String name, List<Cell> cells) {
    }

    record Cell(int capacity, int before, int after, String level) {

        public boolean over() {
            return after > capacity;
        }
    }

    static Heat of(PlanProposal.Load load, boolean compare) {
        List<Row> rows = new ArrayList<>();
        for (PlanProposal.PersonLoad person : load.people()) {
            List<Cell> cells = new ArrayList<>();
            for (int w = 0; w < load.weeks().size(); w++) {
                int capacity = person.capacity().get(w);
                int after = person.after().get(w);
                cells.add(new Cell(capacity, person.before().get(w), after, level(after, capacity)));
            }
            rows.add(new Row(person.username(), person.name(), cells));
        }
        return new Heat(load.weeks(), rows, compare);
    }

    static String level(int hours, int capacity) {
        if (hours > capacity) {
            return "heat-over";
        }
        if (hours == 0) {
            return "heat-free";
        }
        return hours * 10 > capacity * 8 ? (hours == capacity ? "heat-full" : "heat-busy") : "heat-some";
    }
}
