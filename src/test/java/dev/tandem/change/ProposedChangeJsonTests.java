package dev.tandem.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code op} property of a step selects its kind, both in API bodies and in the stored {@code changes_json}. */
class ProposedChangeJsonTests {

    private static final TypeReference<List<ProposedChange>> STEPS = new TypeReference<>() { };

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyKindOfStepRoundTripsUnderItsOpName() {
        List<ProposedChange> steps = List.of(
                new ProposedChange.SetEstimate("P-1", BigDecimal.valueOf(3), BigDecimal.TEN, BigDecimal.ONE),
                new ProposedChange.SetDates("P-2", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 5)),
                new ProposedChange.SetAssignee("P-3", "kim"),
                new ProposedChange.AddItem("task", "Pen test", BigDecimal.valueOf(2), null, null, List.of("P-1", "P-2"),
                        LocalDate.of(2027, 3, 1), null, "kim"),
                new ProposedChange.RemoveItem("P-4"),
                new ProposedChange.AddDependency("P-5", "P-1", "SS", 2));

        String written = json.writerFor(STEPS).writeValueAsString(steps);

        assertThat(json.readTree(written).valueStream().map(n -> n.get("op").asString()))
                .containsExactly("setEstimate", "setDates", "setAssignee", "addItem", "removeItem", "addDependency");
        assertThat(json.readValue(written, STEPS)).isEqualTo(steps);
    }

    @Test
    void stepsStoredWithEveryPropertyOfEveryKindStillReadBack() {
        String stored = """
                [{"op":"setEstimate","item":"P-1","type":null,"title":null,"mostLikelyDays":7,"estimateHours":null,
                  "storyPoints":null,"predecessors":null,"plannedStart":null,"plannedFinish":null,"predecessor":null,
                  "lagDays":null,"assignee":null},
                 {"op":"addItem","item":null,"type":"task","title":"Pen test","mostLikelyDays":2,"estimateHours":null,
                  "storyPoints":null,"predecessors":["P-1"],"plannedStart":"2027-03-01","plannedFinish":null,
                  "predecessor":null,"lagDays":null,"assignee":"kim"},
                 {"op":"addDependency","item":"P-5","type":"FS","title":null,"mostLikelyDays":null,"estimateHours":null,
                  "storyPoints":null,"predecessors":null,"plannedStart":null,"plannedFinish":null,"predecessor":"P-1",
                  "lagDays":0,"assignee":null}]""";

        assertThat(json.readValue(stored, STEPS)).containsExactly(
                new ProposedChange.SetEstimate("P-1", BigDecimal.valueOf(7), null, null),
                new ProposedChange.AddItem("task", "Pen test", BigDecimal.valueOf(2), null, null, List.of("P-1"),
                        LocalDate.of(2027, 3, 1), null, "kim"),
                new ProposedChange.AddDependency("P-5", "P-1", "FS", 0));
    }

    @Test
    void anUnknownOrMissingOpReadsAsUnrecognisedForValidationToRefuse() {
        assertThat(json.readValue("[{\"op\":\"explode\",\"item\":\"P-1\"},{\"item\":\"P-1\"}]", STEPS))
                .containsExactly(new ProposedChange.Unrecognised("explode"), new ProposedChange.Unrecognised(null));
    }
}
