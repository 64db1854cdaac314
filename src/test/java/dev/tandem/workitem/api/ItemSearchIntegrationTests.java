package dev.tandem.workitem.api;

import static dev.tandem.support.Api.encode;
import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The item list's filters (type, status, assignee, label, text, blocked) and its pages. */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemSearchIntegrationTests {

    @Autowired
    Api api;

    Person pm;
    String project;
    String alice;
    String bob;

    @BeforeAll
    void items() {
        pm = api.newPerson("PMO");
        project = api.newProject(pm.token());
        alice = api.newPersonWithoutPassword();
        bob = api.newPersonWithoutPassword();
        api.addMember(project, alice, "ENGINEER");
        api.addMember(project, bob, "ENGINEER");
        create(fields("type", "epic", "title", "New payment system"));                                        // 1
        create(fields("type", "story", "title", "支付 checkout", "labels", List.of("backend", "pay"),
                "assignee", alice, "status", "In progress"));                                                    // 2
        create(fields("type", "bug", "title", "Login fails", "description", "The 支付 page times out",
                "assignee", bob, "blocked", true, "blockedReason", "Waiting for the vendor"));                   // 3
        create(fields("type", "task", "title", "Write API docs", "labels", List.of("docs"), "assignee", alice)); // 4
        create(fields("type", "task", "title", "Load test 50% of traffic", "labels", List.of("backend"),
                "status", "Done"));                                                                              // 5
        create(fields("type", "milestone", "title", "Go live", "dueDate", "2027-06-30"));                        // 6
        create(fields("type", "task", "title", "Refund flow", "labels", List.of("backend"), "assignee", bob,
                "blocked", true, "blockedReason", "Legal review"));                                              // 7
        Person outsiderProjectPm = api.newPerson("PMO");
        api.newItem(outsiderProjectPm.token(), api.newProject(outsiderProjectPm.token()), "story", "支付 elsewhere");
    }

    @Test
    void withoutFiltersListsEveryItemInKeyOrder() {
        Response r = list("");
        assertThat(keys(r)).containsExactly(k(1), k(2), k(3), k(4), k(5), k(6), k(7));
        assertThat(r.number("total")).isEqualTo(7);
        assertThat(r.number("page")).isZero();
        assertThat(r.number("size")).isEqualTo(50);
    }

    @Test
    void filtersByType() {
        assertThat(keys(list("type=task"))).containsExactly(k(4), k(5), k(7));
        assertThat(keys(list("type=bug"))).containsExactly(k(3));
        assertThat(keys(list("type=MILESTONE"))).containsExactly(k(6));
    }

    @Test
    void filtersByStatus() {
        assertThat(keys(list("status=" + encode("In progress")))).containsExactly(k(2));
        assertThat(keys(list("status=Done"))).containsExactly(k(5));
        assertThat(keys(list("status=Backlog"))).containsExactly(k(1), k(3), k(4), k(6), k(7));
    }

    @Test
    void filtersByAssignee() {
        assertThat(keys(list("assignee=" + alice))).containsExactly(k(2), k(4));
        assertThat(keys(list("assignee=" + bob))).containsExactly(k(3), k(7));
        assertThat(keys(list("assignee=zz-nobody"))).isEmpty();
    }

    @Test
    void filtersByLabel() {
        assertThat(keys(list("label=backend"))).containsExactly(k(2), k(5), k(7));
        assertThat(keys(list("label=docs"))).containsExactly(k(4));
        assertThat(keys(list("label=nothing-has-this"))).isEmpty();
    }

    @Test
    void searchesTitleDescriptionAndKeyForText() {
        assertThat(keys(list("text=" + encode("支付")))).containsExactly(k(2), k(3));
        assertThat(keys(list("text=LOGIN"))).containsExactly(k(3));
        assertThat(keys(list("text=" + encode("vendor")))).isEmpty();
        assertThat(keys(list("text=" + encode(k(6))))).containsExactly(k(6));
        assertThat(keys(list("text=" + encode("50%")))).containsExactly(k(5));
        assertThat(keys(list("text=" + encode("%")))).containsExactly(k(5));
        assertThat(keys(list("text=" + encode("_")))).isEmpty();
        assertThat(keys(list("text=" + encode("\\")))).isEmpty();
    }

    @Test
    void filtersByBlocked() {
        Response blocked = list("blocked=true");
        assertThat(keys(blocked)).containsExactly(k(3), k(7));
        assertThat(blocked.texts("items", "blockedReason")).containsExactly("Waiting for the vendor", "Legal review");
        assertThat(keys(list("blocked=false"))).containsExactly(k(1), k(2), k(4), k(5), k(6));
    }

    @Test
    void combinesFilters() {
        assertThat(keys(list("type=task&label=backend&blocked=true"))).containsExactly(k(7));
        assertThat(keys(list("assignee=" + alice + "&status=" + encode("In progress")))).containsExactly(k(2));
    }

    @Test
    void pagesThroughTheList() {
        Response first = list("size=3");
        assertThat(keys(first)).containsExactly(k(1), k(2), k(3));
        assertThat(first.number("total")).isEqualTo(7);
        assertThat(first.number("size")).isEqualTo(3);
        assertThat(keys(list("size=3&page=1"))).containsExactly(k(4), k(5), k(6));
        Response last = list("size=3&page=2");
        assertThat(keys(last)).containsExactly(k(7));
        assertThat(last.number("page")).isEqualTo(2);
        assertThat(keys(list("size=3&page=3"))).isEmpty();
        assertThat(keys(list("type=task&size=2&page=1"))).containsExactly(k(7));
        assertThat(list("type=task&size=2&page=1").number("total")).isEqualTo(3);
    }

    @Test
    void refusesATooLargePageAndUnknownFilterValues() {
        Response huge = api.get(pm.token(), "/api/v1/projects/" + project + "/items?size=500");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.isProblem()).isTrue();
        assertThat(huge.detail()).isEqualTo("size must be between 1 and 200, and page at least 0");

        assertThat(api.get(pm.token(), "/api/v1/projects/" + project + "/items?page=-1").status()).isEqualTo(400);
        for (String bad : new String[] {"0", "-1", "100000000"}) {
            Response r = api.get(pm.token(), "/api/v1/projects/" + project + "/items?size=" + bad);
            assertThat(r.status()).as("size=%s", bad).isEqualTo(400);
            assertThat(r.detail()).isEqualTo("size must be between 1 and 200, and page at least 0");
        }
        Response size = api.get(pm.token(), "/api/v1/projects/" + project + "/items?size=ten");
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.detail()).isEqualTo("'ten' is not a valid value for size.");

        Response status = api.get(pm.token(), "/api/v1/projects/" + project + "/items?status=Shipped");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.detail()).isEqualTo("status must be one of Backlog, To do, In progress, In review, Done (not 'Shipped')");

        Response type = api.get(pm.token(), "/api/v1/projects/" + project + "/items?type=saga");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.detail()).isEqualTo("type must be one of epic, feature, story, task, bug, milestone");

        Response text = api.get(pm.token(), "/api/v1/projects/" + project + "/items?text=" + "x".repeat(201));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.detail()).isEqualTo("text must be at most 200 characters");
    }

    private void create(Map<String, Object> body) {
        api.newItem(pm.token(), project, body);
    }

    private Response list(String query) {
        Response r = api.get(pm.token(), "/api/v1/projects/" + project + "/items" + (query.isEmpty() ? "" : "?" + query));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    private static List<String> keys(Response r) {
        return r.texts("items", "key");
    }

    private String k(int number) {
        return project + "-" + number;
    }
}
