package dev.tandem.sprint.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.workitem.HistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SprintHistoryLinesTests {

    private static final Instant NINE = Instant.parse("2027-01-04T09:00:00Z");

    @Test
    void itemsAddedTogetherByOnePersonAreOneLineAndStatesReadAsEvents() {
        var lines = SprintHistoryLines.of(List.of(
                new HistoryEntry("zhangmin", NINE, "state", null, "PLANNED"),
                new HistoryEntry("zhangmin", NINE.plusSeconds(1), "items", null, "PAY-1"),
                new HistoryEntry("zhangmin", NINE.plusSeconds(2), "items", null, "PAY-2"),
                new HistoryEntry("zhangmin", NINE.plusSeconds(3), "items", null, "PAY-3"),
                new HistoryEntry("dokafor", NINE.plusSeconds(4), "items", null, "PAY-4"),
                new HistoryEntry("dokafor", NINE.plusSeconds(5), "items", "PAY-1", null),
                new HistoryEntry("dokafor", NINE.plusSeconds(600), "items", null, "PAY-5"),
                new HistoryEntry("zhangmin", NINE.plusSeconds(700), "goal", "Pay", "Pay by card"),
                new HistoryEntry("zhangmin", NINE.plusSeconds(800), "state", "PLANNED", "ACTIVE")),
                Map.of("zhangmin", "Zhang Min", "dokafor", "David Okafor"));

        assertThat(lines).extracting(l -> l.actor() + ": " + l.message() + " " + l.label() + " " + l.first() + " "
                + l.second()).containsExactly(
                "Zhang Min: sprint.event.planned null null null",
                "Zhang Min: sprint.event.added null 3 PAY-1, PAY-2, PAY-3",
                "David Okafor: sprint.event.added null 1 PAY-4",
                "David Okafor: sprint.event.removed null 1 PAY-1",
                "David Okafor: sprint.event.added null 1 PAY-5",
                "Zhang Min: sprint.event.changed sprint.goal Pay Pay by card",
                "Zhang Min: sprint.event.started null null null");
    }
}
