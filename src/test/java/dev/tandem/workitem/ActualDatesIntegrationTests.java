package dev.tandem.workitem;

import dev.tandem.support.TeamProject;
import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TandemIntegrationTest
class ActualDatesIntegrationTests {

    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    Clock clock;

    Actor admin;
    ItemView item;
    LocalDate today;

    @BeforeEach
    void item() {
        var team = TeamProject.open(identity, portfolio, "Actuals");
        admin = team.admin();
        String key = team.key();
        item = items.create(admin, key, new ItemFields("task", "Work", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, Set.of()));
        today = LocalDate.now(clock);
    }

    private ItemView moveTo(String status) {
        var current = items.get(admin, item.key());
        return items.update(admin, item.key(), new ItemFields(null, null, null, status, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of()), current.version());
    }

    @Test
    void statusChangesRecordTodayAndReopeningClearsTheFinish() {
        assertThat(moveTo("In progress").actualStart()).isEqualTo(today);
        var done = moveTo("Done");
        assertThat(done.actualStart()).isEqualTo(today);
        assertThat(done.actualFinish()).isEqualTo(today);
        var reopened = moveTo("In review");
        assertThat(reopened.actualFinish()).isNull();
        assertThat(moveTo("Backlog").actualStart()).isNull();
    }

    @Test
    void pastActualDatesCanBeEnteredAndAreKeptInTheHistory() {
        var done = moveTo("Done");
        var corrected = items.recordActuals(admin, item.key(), today.minusDays(10), today.minusDays(3), done.version());
        assertThat(corrected.actualStart()).isEqualTo(today.minusDays(10));
        assertThat(corrected.actualFinish()).isEqualTo(today.minusDays(3));
        assertThat(items.history(admin, item.key())).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("actualFinish");
            assertThat(h.newValue()).isEqualTo(today.minusDays(3).toString());
        });
    }

    @Test
    void actualDatesMustFitTheStatusAndThePast() {
        assertThatThrownBy(() -> items.recordActuals(admin, item.key(), today, null, item.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("in progress");
        var started = moveTo("In progress");
        assertThatThrownBy(() -> items.recordActuals(admin, item.key(), null, today, started.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("done");
        assertThatThrownBy(() -> items.recordActuals(admin, item.key(), today.plusDays(1), null, started.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("past");
        assertThat(items.get(admin, item.key()).actualStart()).isEqualTo(today);
    }
}
