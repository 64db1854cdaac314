package dev.tandem.workitem;

import dev.tandem.support.TeamProject;
import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.identity.PersonDraft;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.workitem.internal.BoardManagement;
import dev.tandem.workitem.internal.BoardView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TandemIntegrationTest
class BoardIntegrationTests {

    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    BoardManagement boards;

    Actor admin;
    String key;

    @BeforeEach
    void project() {
        var team = TeamProject.open(identity, portfolio, "Board");
        admin = team.admin();
        key = team.key();
    }

    private ItemView task(String title) {
        return items.create(admin, key, fields(title));
    }

    private static ItemFields fields(String title) {
        return new ItemFields("task", title, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, Set.of());
    }

    private List<String> column(String status) {
        return boards.board(admin, key).columns().stream().filter(c -> c.status().equals(status)).findFirst()
                .orElseThrow().cards().stream().map(BoardView.Card::key).toList();
    }

    @Test
    void newItemsJoinTheBottomOfTheFirstColumnInCreationOrder() {
        var a = task("A");
        var b = task("B");
        var c = task("C");
        assertThat(column("Backlog")).containsExactly(a.key(), b.key(), c.key());
    }

    @Test
    void movingACardChangesItsStatusSetsActualStartAndPlacesItBetweenItsNeighbours() {
        var a = task("A");
        var b = task("B");
        var c = task("C");
        items.move(admin, a.key(), "In progress", null, null, a.version());
        items.move(admin, b.key(), "In progress", null, null, b.version());
        var moved = items.move(admin, c.key(), "In progress", a.key(), b.key(), c.version());

        assertThat(column("In progress")).containsExactly(a.key(), c.key(), b.key());
        assertThat(moved.status()).isEqualTo("In progress");
        assertThat(moved.actualStart()).isNotNull();
        assertThat(items.history(admin, c.key())).extracting(HistoryEntry::field).contains("status", "actualStart");
    }

    @Test
    void reorderingWithinAColumnChangesOnlyTheMovedCardsVersion() {
        var a = task("A");
        var b = task("B");
        var c = task("C");
        items.move(admin, c.key(), null, null, a.key(), c.version());
        assertThat(column("Backlog")).containsExactly(c.key(), a.key(), b.key());
        assertThat(items.get(admin, a.key()).version()).isEqualTo(a.version());
        assertThat(items.get(admin, b.key()).version()).isEqualTo(b.version());
        assertThat(items.get(admin, c.key()).version()).isEqualTo(c.version() + 1);
    }

    @Test
    void aHardWipLimitRefusesTheCardThatWouldOverfillTheColumnAndSavesNothing() {
        var board = boards.configure(admin, key, true, Map.of("In progress", 1), 0L);
        assertThat(board.columns().get(2).wipLimit()).isEqualTo(1);
        var a = task("A");
        var b = task("B");
        items.move(admin, a.key(), "In progress", null, null, a.version());

        assertThatThrownBy(() -> items.move(admin, b.key(), "In progress", null, null, b.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("In progress").hasMessageContaining("1");
        assertThat(items.get(admin, b.key()).status()).isEqualTo("Backlog");
        assertThat(items.get(admin, b.key()).version()).isEqualTo(b.version());
    }

    @Test
    void aHardWipLimitHoldsForEditsAndNewItemsAsWellAsForTheBoard() {
        boards.configure(admin, key, true, Map.of("In progress", 1), 0L);
        var a = task("A");
        var b = task("B");
        items.update(admin, a.key(), status("In progress"), a.version());

        assertThatThrownBy(() -> items.update(admin, b.key(), status("In progress"), b.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("In progress").hasMessageContaining("1");
        assertThatThrownBy(() -> items.create(admin, key, new ItemFields("task", "C", null, "In progress", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, Set.of())))
                .isInstanceOf(ConflictException.class);
        assertThat(items.get(admin, b.key()).status()).isEqualTo("Backlog");
        assertThat(items.get(admin, b.key()).version()).isEqualTo(b.version());
        assertThat(column("In progress")).containsExactly(a.key());

        var again = items.update(admin, a.key(), status("In progress"), items.get(admin, a.key()).version());
        assertThat(again.status()).as("an item already in the full column may be edited").isEqualTo("In progress");
    }

    private static ItemFields status(String status) {
        return new ItemFields(null, null, null, status, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, Set.of());
    }

    @Test
    void aSoftWipLimitLetsTheCardInAndFlagsTheColumn() {
        boards.configure(admin, key, false, Map.of("In progress", 1), 0L);
        var a = task("A");
        var b = task("B");
        items.move(admin, a.key(), "In progress", null, null, a.version());
        items.move(admin, b.key(), "In progress", null, null, b.version());
        var column = boards.board(admin, key).columns().get(2);
        assertThat(column.count()).isEqualTo(2);
        assertThat(column.overLimit()).isTrue();
    }

    @Test
    void anUnknownNeighbourIsNamedByTheFieldThatNamedIt() {
        var a = task("A");
        var b = task("B");
        assertThatThrownBy(() -> items.move(admin, a.key(), null, null, key + "-999", a.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("before ");
        assertThatThrownBy(() -> items.move(admin, a.key(), null, key + "-999", b.key(), a.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("after ");
    }

    @Test
    void aStaleBoardGetsAConflictAndTheCardStaysWhereItWas() {
        var a = task("A");
        items.move(admin, a.key(), "To do", null, null, a.version());
        assertThatThrownBy(() -> items.move(admin, a.key(), "Done", null, null, a.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(items.get(admin, a.key()).status()).isEqualTo("To do");
    }

    @Test
    void onlyThePmAndEmConfigureTheBoard() {
        identity.create(admin, new PersonDraft("eng-" + key.toLowerCase(), "Engineer", "eng-" + key.toLowerCase()
                + "@example.com", null, null, null, null, null, null));
        portfolio.addMember(admin, key, "eng-" + key.toLowerCase(), ProjectRole.ENGINEER);
        var engineer = identity.get("eng-" + key.toLowerCase());
        var actor = new Actor(engineer.id(), engineer.username(), null);
        assertThatThrownBy(() -> boards.configure(actor, key, true, Map.of(), 0L)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aConfigurationAnswersWithTheVersionThatIsStored() {
        long start = boards.board(admin, key).version();

        BoardView limitsOnly = boards.configure(admin, key, null, Map.of("In progress", 3), start);
        assertThat(limitsOnly.version()).isGreaterThan(start).isEqualTo(boards.board(admin, key).version());

        BoardView both = boards.configure(admin, key, true, Map.of("In progress", 4), limitsOnly.version());
        assertThat(both.version()).isGreaterThan(limitsOnly.version()).isEqualTo(boards.board(admin, key).version());
        assertThat(both.wipHardLimit()).isTrue();

        BoardView unchanged = boards.configure(admin, key, true, Map.of("In progress", 4), both.version());
        assertThat(unchanged.version()).isEqualTo(both.version()).isEqualTo(boards.board(admin, key).version());
        assertThatThrownBy(() -> boards.configure(admin, key, false, Map.of(), start))
                .isInstanceOf(StaleVersionException.class);
    }
}
