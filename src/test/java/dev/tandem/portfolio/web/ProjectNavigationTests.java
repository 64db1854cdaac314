package dev.tandem.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which sidebar entry a page marks as the current one. */
class ProjectNavigationTests {

    @Test
    void pagesUnderAProjectMarkTheirEntry() {
        assertThat(ProjectNavigation.section("/projects/PAY", false)).isEqualTo("overview");
        assertThat(ProjectNavigation.section("/projects/PAY/gantt", false)).isEqualTo("gantt");
        assertThat(ProjectNavigation.section("/projects/PAY/milestones/PAY-152/slip", false)).isEqualTo("gantt");
        assertThat(ProjectNavigation.section("/projects/PAY/slip", false)).isEqualTo("gantt");
        assertThat(ProjectNavigation.section("/projects/PAY/sprints/12", false)).isEqualTo("sprints");
        assertThat(ProjectNavigation.section("/projects/PAY/board", false)).isEqualTo("board");
        assertThat(ProjectNavigation.section("/projects/PAY/board", true)).isEqualTo("boardSettings");
        assertThat(ProjectNavigation.section("/projects/PAY/review-board", false)).isEqualTo("reviewBoard");
        assertThat(ProjectNavigation.section("/projects/PAY/wiki/adrs/2", false)).isEqualTo("wiki");
        assertThat(ProjectNavigation.section("/wiki/pages/7/history", false)).isEqualTo("wiki");
        assertThat(ProjectNavigation.section("/projects/PAY/tech-debt", false)).isEqualTo("debt");
    }

    @Test
    void pagesThatBelongToAnotherEntryMarkThatOne() {
        assertThat(ProjectNavigation.section("/projects/PAY/kickoff", false)).isEqualTo("charter");
        assertThat(ProjectNavigation.section("/projects/PAY/scorecards", false)).isEqualTo("charter");
        assertThat(ProjectNavigation.section("/projects/PAY/changes/new", false)).isEqualTo("changes");
        assertThat(ProjectNavigation.section("/change-requests/7", false)).isEqualTo("changes");
        assertThat(ProjectNavigation.section("/items/PAY-10", false)).isEqualTo("items");
    }

    @Test
    void pagesOutsideAProjectMarkNothing() {
        assertThat(ProjectNavigation.section("/", false)).isNull();
        assertThat(ProjectNavigation.section("/inbox", false)).isNull();
    }
}
