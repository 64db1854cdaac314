package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages of a new project say what they are for, and offer the first step to those who may take it; the others
 * read the same words without the button.
 */
@TandemIntegrationTest
class EmptyStatesIntegrationTests {

    /** Page, the words that say what it is for, and the first action's link. */
    private static final Map<String, String[]> PAGES = Map.of(
            "/risks", new String[] {"The risk register lists what could hurt the plan", "href=\"#risk-add\""},
            "/tech-debt", new String[] {"The tech-debt register lists shortcuts the code pays interest on", "href=\"#debt-add\""},
            "/scorecards", new String[] {"Scorecards rate features and epics by their technical impact", "href=\"#score-add\""},
            "/changes", new String[] {"Change requests propose changes to the baselined plan", "/changes/new\">Draft the first change request"},
            "/charter", new String[] {"The charter says why the project exists", "href=\"#charter-edit\""});

    @Autowired
    Api api;
    @LocalServerPort
    int port;

    String project;
    Person pm;
    Person stakeholder;

    @BeforeEach
    void newProject() {
        pm = api.newPerson("PMO");
        project = api.newProject(pm.token());
        stakeholder = api.newPerson();
        api.addMember(project, stakeholder.username(), "STAKEHOLDER");
    }

    @Test
    void theProjectManagerIsToldWhatEachPageIsForAndOfferedTheFirstStep() {
        var browser = PageSession.signedIn(port, pm.username(), pm.password());
        PAGES.forEach((page, expected) -> {
            String body = browser.get("/projects/" + project + page).body();
            assertThat(body).as(page).contains("class=\"empty-state\"").contains(expected[0]).contains(expected[1]);
        });
    }

    @Test
    void aStakeholderReadsWhatEachPageIsForWithoutAStepTheyMayNotTake() {
        var browser = PageSession.signedIn(port, stakeholder.username(), stakeholder.password());
        PAGES.forEach((page, expected) -> {
            String body = browser.get("/projects/" + project + page).body();
            assertThat(body).as(page).contains(expected[0]);
            if (page.equals("/changes")) {
                assertThat(body).as("any member drafts a change request").contains(expected[1]);
            } else {
                assertThat(body).as(page).doesNotContain(expected[1]);
            }
        });
    }

    @Test
    void pmoStaffWhoAreNotMembersAreNotOfferedToDraftAChange() {
        Person pmo = api.newPerson("PMO");
        String body = PageSession.signedIn(port, pmo.username(), pmo.password())
                .get("/projects/" + project + "/changes").body();
        assertThat(body).contains(PAGES.get("/changes")[0]).doesNotContain(PAGES.get("/changes")[1]);
    }
}
