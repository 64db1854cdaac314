package dev.tandem.interchange.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JiraCsvTests {

    static final List<JiraCsv.Status> WORKFLOW = List.of(new JiraCsv.Status("Backlog", "TODO"),
            new JiraCsv.Status("To do", "TODO"), new JiraCsv.Status("In progress", "IN_PROGRESS"),
            new JiraCsv.Status("In review", "IN_PROGRESS"), new JiraCsv.Status("Done", "DONE"));

    static byte[] fixture() throws IOException {
        try (InputStream in = JiraCsvTests.class.getResourceAsStream("/interchange/jira-export.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void rowsKeepTheLineTheyStartOnAcrossQuotedLineBreaks() throws IOException {
        Incoming incoming = JiraCsv.read(fixture(), WORKFLOW, Map.of(), Map.of(), name -> Optional.empty());

        assertThat(incoming.items()).extracting(i -> i.externalKey() + "@" + i.line())
                .containsExactly("PAY-1@2", "PAY-2@3", "PAY-3@6", "PAY-4@7", "PAY-5@9");
    }

    @Test
    void parentsComeFromTheParentIdOrTheEpicLinkAndLinksFromBlocksBothWaysOnce() throws IOException {
        Incoming incoming = JiraCsv.read(fixture(), WORKFLOW, Map.of(), Map.of(), name -> Optional.empty());

        Map<String, Incoming.Item> byKey = incoming.items().stream()
                .collect(Collectors.toMap(Incoming.Item::externalKey, i -> i));
        assertThat(byKey.get("PAY-3").parentKey()).isEqualTo("PAY-2");
        assertThat(byKey.get("PAY-4").parentKey()).isEqualTo("PAY-1");
        assertThat(byKey.get("PAY-2").sprint()).isEqualTo("PAY Sprint 2");
        assertThat(byKey.get("PAY-2").labels()).containsExactly("backend", "payments");
        assertThat(incoming.links()).containsExactly(new Incoming.Link("PAY-2", "PAY-4", "FS", 0));
        // both sprints' first issues were created in the week of Monday 4 January 2027
        assertThat(incoming.sprints()).containsExactly(
                new Incoming.Sprint("PAY Sprint 2", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 15)),
                new Incoming.Sprint("PAY Sprint 1", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 15)));
    }

    @Test
    void statusesMapByNameThenByWhatTheNameSuggests() {
        assertThat(JiraCsv.defaultStatus("backlog", WORKFLOW)).isEqualTo("Backlog");
        assertThat(JiraCsv.defaultStatus("In QA", WORKFLOW)).isEqualTo("In progress");
        assertThat(JiraCsv.defaultStatus("Closed", WORKFLOW)).isEqualTo("Done");
        assertThat(JiraCsv.defaultStatus("Selected for Development", WORKFLOW)).isEqualTo("In progress");
        assertThat(JiraCsv.defaultStatus("Open", WORKFLOW)).isEqualTo("Backlog");
    }

    @Test
    void aCommentKeepsItsAuthorAndDate() {
        assertThat(JiraCsv.comment("05/Jan/27 10:00 AM;carol;Keys requested; waiting."))
                .isEqualTo("Keys requested; waiting.\n\n— carol, 05/Jan/27 10:00 AM (Jira)");
        assertThat(JiraCsv.comment("No date here; just text")).isEqualTo("No date here; just text");
    }

    @Test
    void datesInJirasFormsAndIso() {
        assertThat(JiraCsv.date("26/Feb/27")).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThat(JiraCsv.date("2027-02-26")).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThat(JiraCsv.date("26/feb/27 4:12 PM")).isEqualTo(LocalDate.of(2027, 2, 26));
    }

    @Test
    void aFileWithoutTheJiraColumnsIsNotAJiraExport() {
        assertThatThrownBy(() -> JiraCsv.read("name,hours\nx,1\n".getBytes(StandardCharsets.UTF_8), WORKFLOW, Map.of(),
                Map.of(), n -> Optional.empty())).isInstanceOf(UnreadableFile.class).hasMessageContaining("Issue key");
    }
}
