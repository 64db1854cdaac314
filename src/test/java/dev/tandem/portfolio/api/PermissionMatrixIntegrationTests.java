package dev.tandem.portfolio.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.support.Api;
import dev.tandem.support.Api.DbState;
import dev.tandem.support.Api.Person;
import dev.tandem.support.ApiFixtures;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The permission matrix as the API enforces it. Each role is tried on every kind of action and the answer is
 * compared with {@link ProjectRole#permissions()}, so the matrix and the enforcement cannot drift apart
 * silently; a few cells are also stated outright.
 */
@TandemIntegrationTest
class PermissionMatrixIntegrationTests {

    @Autowired
    Api api;

    @ParameterizedTest
    @EnumSource(ProjectRole.class)
    void eachRoleMayDoExactlyWhatTheMatrixSays(ProjectRole role) {
        Person creator = api.newPerson("PMO");
        String project = api.newProject(creator.token());
        Person member = api.newPerson();
        api.addMember(project, member.username(), role.name());
        String spare = api.newPersonWithoutPassword();
        api.addMember(project, spare, "ENGINEER");
        String leaving = api.newPersonWithoutPassword();
        api.addMember(project, leaving, "ENGINEER");
        String first = api.newItem(creator.token(), project, "task", "Design");
        String second = api.newItem(creator.token(), project, "task", "Build");
        String doomed = api.newItem(creator.token(), project, "task", "Obsolete");
        String feature = api.newItem(creator.token(), project, "feature", "Wallet");
        String token = member.token();
        var check = new Check(role, project);

        check.that(Permission.VIEW_PROJECT, 200, () -> api.get(token, "/api/v1/projects/" + project));
        check.that(Permission.VIEW_PROJECT, 200, () -> api.get(token, "/api/v1/projects/" + project + "/items"));
        check.that(Permission.VIEW_PROJECT, 200, () -> api.get(token, "/api/v1/projects/" + project + "/members"));
        check.that(Permission.VIEW_PROJECT, 200, () -> api.get(token, "/api/v1/items/" + first));
        check.that(Permission.VIEW_PROJECT, 200, () -> api.get(token, "/api/v1/items/" + first + "/history"));
        check.that(Permission.VIEW_PROJECT, 200, () -> api.get(token, "/api/v1/items/" + first + "/comments"));
        check.that(Permission.VIEW_PROJECT, 200, () -> api.get(token, "/api/v1/items/" + first + "/dependencies"));
        check.that(Permission.EDIT_ITEMS, 201, () -> api.post(token, "/api/v1/projects/" + project + "/items",
                Map.of("type", "task", "title", "New")));
        check.that(Permission.EDIT_ITEMS, 200, () -> api.patch(token, "/api/v1/items/" + first,
                Map.of("title", "Design v2", "version", 0)));
        check.that(Permission.EDIT_ITEMS, 201, () -> api.post(token, "/api/v1/items/" + second + "/dependencies",
                Map.of("predecessor", first, "type", "FS")));
        check.that(Permission.COMMENT, 201, () -> api.post(token, "/api/v1/items/" + first + "/comments",
                Map.of("body", "Noted")));
        check.that(Permission.DELETE_ITEMS, 204, () -> api.delete(token, "/api/v1/items/" + doomed + "?version=0"));
        String newcomer = api.newPersonWithoutPassword();
        check.that(Permission.MANAGE_MEMBERS, 201, () -> api.post(token, "/api/v1/projects/" + project + "/members",
                Map.of("username", newcomer, "role", "ENGINEER")));
        check.that(Permission.MANAGE_MEMBERS, 200, () -> api.patch(token, "/api/v1/projects/" + project + "/members/" + spare,
                Map.of("role", "STAKEHOLDER", "version", 0)));
        check.that(Permission.MANAGE_MEMBERS, 204, () -> api.delete(token,
                "/api/v1/projects/" + project + "/members/" + leaving));
        check.that(Permission.EDIT_PROJECT, 200, () -> api.patch(token, "/api/v1/projects/" + project,
                Map.of("name", "Renamed", "version", 0)));
        check.that(Permission.MANAGE_BOARD, 200, () -> api.patch(token, "/api/v1/projects/" + project + "/board",
                Map.of("wipHardLimit", true, "version", 0)));
        check.that(Permission.MANAGE_SPRINTS, 201, () -> api.post(token, "/api/v1/projects/" + project + "/sprints",
                Map.of("name", "Sprint by " + role, "startDate", "2027-01-18", "endDate", "2027-01-29")));
        check.that(Permission.EDIT_CHARTER, 200, () -> api.patch(token, "/api/v1/projects/" + project + "/charter",
                Map.of("vision", "One wallet", "version", 0)));
        check.that(Permission.EDIT_RISKS, 201, () -> api.post(token, "/api/v1/projects/" + project + "/risks",
                Map.of("title", "Vendor slips", "category", "external", "probability", 2, "impact", 3)));
        check.that(Permission.EDIT_TECH_DEBT, 201, () -> api.post(token, "/api/v1/projects/" + project + "/tech-debt",
                Map.of("title", "No contract tests", "interestHours", 2, "fixHours", 8, "severity", "high")));
        check.that(Permission.SCORE_FEATURES, 201, () -> api.post(token, "/api/v1/projects/" + project + "/scorecards",
                Api.fields("item", feature, "feasibility", 4, "feasibilityRationale", "known stack", "scalability", 3,
                        "scalabilityRationale", "one region", "maintainability", 4, "maintainabilityRationale", "small",
                        "risk", 2, "riskRationale", "low")));
        check.that(Permission.RECORD_MEETINGS, 201, () -> api.post(token, "/api/v1/projects/" + project + "/meetings",
                Map.of("kind", "other", "title", "Design review", "start", "2027-01-05T10:00", "timeZone", "UTC",
                        "durationMinutes", 30)));
        check.that(Permission.PUBLISH_QUALITY_REPORTS, 201, () -> api.send("POST", "/api/v1/projects/" + project
                + "/quality/reports?format=sarif&commit=c0ffee", "Bearer " + token, "application/json",
                "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"PMD\"}},\"results\":[]}]}"));
        check.that(Permission.IMPORT_PLANS, 200, () -> api.send("POST", "/api/v1/projects/" + project
                + "/imports/ms-project?dryRun=true", "Bearer " + token, "application/octet-stream", ApiFixtures.MINI_MSPDI));
        long space = api.get(creator.token(), "/api/v1/projects/" + project + "/wiki").number("id");
        check.that(Permission.EDIT_WIKI, 201, () -> api.post(token, "/api/v1/wiki/spaces/" + space + "/pages",
                Map.of("title", "Notes by " + role, "body", "Text")));
        check.that(Permission.PLAN_RESOURCES, 202, () -> api.post(token, "/api/v1/projects/" + project + "/plans",
                Map.of("assign", "UNASSIGNED", "level", true)));
        check.that(Permission.MANAGE_WIKI, 201, () -> api.post(token, "/api/v1/wiki/spaces/" + space + "/templates",
                Map.of("name", "Template by " + role, "body", "# Template")));
        check.that(Permission.MANAGE_INTEGRATIONS, 201, () -> api.post(token, "/api/v1/projects/" + project
                + "/integrations", Map.of("name", "CI by " + role, "provider", "gitlab")));
        check.that(Permission.MANAGE_INTEGRATIONS, 201, () -> api.post(token, "/api/v1/projects/" + project + "/webhooks",
                Map.of("url", "http://127.0.0.1:9/hook", "events", java.util.List.of("item.created"))));

        assertThat(check.tried).as("every permission is tried").isEqualTo(EnumSet.allOf(Permission.class));
    }

    @Test
    void aStakeholderReadsButCannotComment() {
        Person creator = api.newPerson("PMO");
        String project = api.newProject(creator.token());
        Person stakeholder = api.newPerson();
        api.addMember(project, stakeholder.username(), "STAKEHOLDER");
        String item = api.newItem(creator.token(), project, "task", "Design");

        assertThat(api.get(stakeholder.token(), "/api/v1/items/" + item).status()).isEqualTo(200);
        Response comment = api.post(stakeholder.token(), "/api/v1/items/" + item + "/comments", Map.of("body", "Hi"));
        assertThat(comment.status()).isEqualTo(403);
        assertThat(comment.isProblem()).isTrue();
        assertThat(comment.detail()).isEqualTo("Your role in " + project + " (STAKEHOLDER) does not allow this.");
    }

    @Test
    void anEmDeletesItemsButAnEngineerDoesNot() {
        Person creator = api.newPerson("PMO");
        String project = api.newProject(creator.token());
        Person em = api.newPerson();
        Person engineer = api.newPerson();
        api.addMember(project, em.username(), "EM");
        api.addMember(project, engineer.username(), "ENGINEER");
        String item = api.newItem(creator.token(), project, "task", "Obsolete");

        assertThat(api.delete(engineer.token(), "/api/v1/items/" + item + "?version=0").status()).isEqualTo(403);
        assertThat(api.delete(em.token(), "/api/v1/items/" + item + "?version=0").status()).isEqualTo(204);
        assertThat(api.get(creator.token(), "/api/v1/items/" + item).status()).isEqualTo(404);
    }

    @Test
    void onlyThePmManagesMembers() {
        Person creator = api.newPerson("PMO");
        String project = api.newProject(creator.token());
        Person em = api.newPerson();
        api.addMember(project, em.username(), "EM");
        String newcomer = api.newPersonWithoutPassword();

        Response byEm = api.post(em.token(), "/api/v1/projects/" + project + "/members",
                Map.of("username", newcomer, "role", "ENGINEER"));
        assertThat(byEm.status()).isEqualTo(403);
        assertThat(api.post(creator.token(), "/api/v1/projects/" + project + "/members",
                Map.of("username", newcomer, "role", "ENGINEER")).status()).isEqualTo(201);
    }

    @Test
    void aNonMemberIsToldTheProjectDoesNotExist() {
        Person creator = api.newPerson("PMO");
        String project = api.newProject(creator.token());
        String item = api.newItem(creator.token(), project, "task", "Design");
        Person stranger = api.newPerson();

        for (Response r : new Response[] {
                api.get(stranger.token(), "/api/v1/projects/" + project),
                api.get(stranger.token(), "/api/v1/projects/" + project + "/items"),
                api.get(stranger.token(), "/api/v1/projects/" + project + "/members"),
                api.get(stranger.token(), "/api/v1/items/" + item),
                api.post(stranger.token(), "/api/v1/projects/" + project + "/items", Map.of("type", "task", "title", "x")),
                api.patch(stranger.token(), "/api/v1/items/" + item, Map.of("title", "x", "version", 0)),
                api.post(stranger.token(), "/api/v1/items/" + item + "/comments", Map.of("body", "x")),
                api.delete(stranger.token(), "/api/v1/items/" + item + "?version=0"),
                api.post(stranger.token(), "/api/v1/projects/" + project + "/members",
                        Map.of("username", stranger.username(), "role", "PM"))}) {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(api.get(creator.token(), "/api/v1/items/" + item).number("version")).isZero();
        assertThat(api.get(creator.token(), "/api/v1/projects/" + project + "/members").json()).hasSize(1);
    }

    @Test
    void thePmoReadsEveryProjectButChangesNothingInOnesItIsNotPartOf() {
        String project = api.newProject(api.adminToken());
        String item = api.newItem(api.adminToken(), project, "task", "Design");
        Person pmo = api.newPerson("PMO");
        DbState before = api.state(project);

        assertThat(api.get(pmo.token(), "/api/v1/projects/" + project).status()).isEqualTo(200);
        assertThat(api.get(pmo.token(), "/api/v1/projects/" + project + "/items").texts("items", "key")).containsExactly(item);
        assertThat(api.get(pmo.token(), "/api/v1/items/" + item).status()).isEqualTo(200);
        assertThat(api.get(pmo.token(), "/api/v1/audit?target=" + project).status()).isEqualTo(200);

        Response edit = api.patch(pmo.token(), "/api/v1/items/" + item, Map.of("title", "x", "version", 0));
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.detail()).isEqualTo("Your role in " + project + " (PMO, read-only) does not allow this.");
        assertThat(api.post(pmo.token(), "/api/v1/projects/" + project + "/items", Map.of("type", "task", "title", "x"))
                .status()).isEqualTo(403);
        assertThat(api.post(pmo.token(), "/api/v1/items/" + item + "/comments", Map.of("body", "x")).status()).isEqualTo(403);
        assertThat(api.delete(pmo.token(), "/api/v1/items/" + item + "?version=0").status()).isEqualTo(403);
        assertThat(api.post(pmo.token(), "/api/v1/projects/" + project + "/members",
                Map.of("username", pmo.username(), "role", "PM")).status()).isEqualTo(403);
        assertThat(api.patch(pmo.token(), "/api/v1/projects/" + project, Map.of("name", "x", "version", 0)).status())
                .isEqualTo(403);
        assertThat(api.get(pmo.token(), "/api/v1/audit/verify").status()).isEqualTo(403);
        assertThat(api.state(project)).isEqualTo(before);
    }

    @Test
    void anAdministratorMayDoEverythingWithoutBeingAMember() {
        Person pmo = api.newPerson("PMO");
        String project = api.newProject(pmo.token());
        String first = api.newItem(pmo.token(), project, "task", "Design");
        String second = api.newItem(pmo.token(), project, "task", "Build");
        String admin = api.adminToken();

        assertThat(api.post(admin, "/api/v1/projects/" + project + "/items", Map.of("type", "task", "title", "x")).status())
                .isEqualTo(201);
        assertThat(api.patch(admin, "/api/v1/items/" + first, Map.of("title", "Design v2", "version", 0)).status())
                .isEqualTo(200);
        assertThat(api.post(admin, "/api/v1/items/" + second + "/dependencies", Map.of("predecessor", first)).status())
                .isEqualTo(201);
        assertThat(api.post(admin, "/api/v1/items/" + first + "/comments", Map.of("body", "Admin was here")).status())
                .isEqualTo(201);
        assertThat(api.delete(admin, "/api/v1/items/" + project + "-3?version=0").status()).isEqualTo(204);
        assertThat(api.post(admin, "/api/v1/projects/" + project + "/members",
                Map.of("username", api.newPersonWithoutPassword(), "role", "EM")).status()).isEqualTo(201);
        assertThat(api.patch(admin, "/api/v1/projects/" + project, Map.of("name", "Renamed", "version", 0)).status())
                .isEqualTo(200);
        assertThat(api.get(admin, "/api/v1/audit/verify").status()).isEqualTo(200);
    }

    /** Tries one action for a role: the allowed answer if the matrix grants the permission, else 403 and no change. */
    private final class Check {

        final ProjectRole role;
        final String project;
        final Set<Permission> tried = EnumSet.noneOf(Permission.class);

        Check(ProjectRole role, String project) {
            this.role = role;
            this.project = project;
        }

        void that(Permission permission, int allowedStatus, Supplier<Response> action) {
            tried.add(permission);
            DbState before = api.state(project);
            Response r = action.get();
            if (role.permissions().contains(permission)) {
                assertThat(r.status()).as("%s may %s: %s", role, permission, r).isEqualTo(allowedStatus);
            } else {
                assertThat(r.status()).as("%s may not %s: %s", role, permission, r).isEqualTo(403);
                assertThat(r.isProblem()).isTrue();
                assertThat(r.detail()).isEqualTo("Your role in " + project + " (" + role + ") does not allow this.");
                assertThat(api.state(project)).as("%s was refused %s and nothing changed", role, permission).isEqualTo(before);
            }
        }
    }
}
