package dev.tandem.retrospective;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.LiveStream;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Retrospectives through the API: stages, anonymity, votes, action items becoming work items, and refusals. */
@TandemIntegrationTest
class RetrospectiveApiIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    private record Team(String project, Person pm, Person engineer, Person anonymous, Person stakeholder) {
    }

    private Team team() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person engineer = api.newPerson();
        Person anonymous = api.newPerson();
        Person stakeholder = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        api.addMember(project, anonymous.username(), "ENGINEER");
        api.addMember(project, stakeholder.username(), "STAKEHOLDER");
        return new Team(project, pm, engineer, anonymous, stakeholder);
    }

    private String path(Team t, long retro) {
        return "/api/v1/projects/" + t.project() + "/retrospectives" + (retro < 0 ? "" : "/" + retro);
    }

    private long open(Team t, int votes, int perTarget) {
        Response r = api.post(t.engineer().token(), path(t, -1), fields("title", "Sprint 3 retrospective", "kind",
                "sprint", "format", "MAD_SAD_GLAD", "votesPerPerson", votes, "maxVotesPerTarget", perTarget));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.number("id");
    }

    private Response move(Team t, long retro, String stage) {
        long version = api.get(t.pm().token(), path(t, retro)).number("version");
        return api.post(t.pm().token(), path(t, retro) + "/stage", fields("stage", stage, "version", version));
    }

    private static List<JsonNode> cards(JsonNode retro) {
        List<JsonNode> all = new ArrayList<>();
        retro.get("columns").forEach(c -> c.get("cards").forEach(all::add));
        retro.get("groups").forEach(g -> g.get("cards").forEach(all::add));
        return all;
    }

    @Test
    void anAnonymousCardNeverNamesItsAuthorToAnyoneNotEvenAdminsOrTheAuditTrail() {
        Team t = team();
        long retro = open(t, 5, 3);
        Response added = api.post(t.anonymous().token(), path(t, retro) + "/cards",
                fields("column", "MAD", "body", "Releases on Friday evening", "anonymous", true));
        api.post(t.engineer().token(), path(t, retro) + "/cards", fields("column", "GLAD", "body", "Pairing worked"));

        assertThat(added.status()).isEqualTo(201);
        List<String> answers = new ArrayList<>(List.of(added.body()));
        for (String token : List.of(t.anonymous().token(), t.pm().token(), api.adminToken(), t.stakeholder().token())) {
            answers.add(api.get(token, path(t, retro)).body());
            answers.add(api.get(token, path(t, -1)).body());
        }
        // the person's own account and membership are audited, as for anyone; the card leaves no entry at all
        answers.add(api.get(api.adminToken(), "/api/v1/audit?targetType=Retrospective&size=200").body());
        assertThat(answers).allSatisfy(body -> assertThat(body).doesNotContain(t.anonymous().username()));
        JsonNode byThem = api.get(api.adminToken(), "/api/v1/audit?size=200&actor=" + t.anonymous().username()).json();
        byThem.get("entries").forEach(e -> assertThat(e.toString()).doesNotContain("Releases", "Retrospective"));

        JsonNode view = api.get(api.adminToken(), path(t, retro)).json();
        JsonNode anonymous = cards(view).stream().filter(c -> c.get("body").asString().startsWith("Releases")).findFirst()
                .orElseThrow();
        JsonNode named = cards(view).stream().filter(c -> c.get("body").asString().startsWith("Pairing")).findFirst()
                .orElseThrow();
        assertThat(anonymous.get("anonymous").asBoolean()).isTrue();
        assertThat(anonymous.get("author").isNull()).isTrue();
        assertThat(named.get("author").asString()).isEqualTo(t.engineer().username());
    }

    @Test
    void stagesMoveOneStepAtATimeForTheFacilitatorOnlyAndAStaleVersionIsRefused() {
        Team t = team();
        long retro = open(t, 5, 3);

        Response byStakeholder = api.post(t.stakeholder().token(), path(t, retro) + "/stage",
                fields("stage", "GROUP", "version", 0));
        Response byOtherEngineer = api.post(t.anonymous().token(), path(t, retro) + "/stage",
                fields("stage", "GROUP", "version", 0));
        Response skipping = api.post(t.engineer().token(), path(t, retro) + "/stage", fields("stage", "VOTE", "version", 0));
        Response byCreator = api.post(t.engineer().token(), path(t, retro) + "/stage", fields("stage", "GROUP", "version", 0));
        Response stale = api.post(t.pm().token(), path(t, retro) + "/stage", fields("stage", "VOTE", "version", 0));

        assertThat(byStakeholder.status()).isEqualTo(403);
        assertThat(byOtherEngineer.status()).isEqualTo(403);
        assertThat(skipping.status()).isEqualTo(409);
        assertThat(skipping.isProblem()).isTrue();
        assertThat(byCreator.status()).isEqualTo(200);
        assertThat(byCreator.text("stage")).isEqualTo("GROUP");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(t.pm().token(), path(t, retro)).text("stage")).isEqualTo("GROUP");
    }

    @Test
    void aCardInAClosedRetrospectiveOrABadColumnIsRefusedAndNothingIsStored() {
        Team t = team();
        long retro = open(t, 5, 3);
        Response badColumn = api.post(t.engineer().token(), path(t, retro) + "/cards",
                fields("column", "START", "body", "Not a column of mad/sad/glad"));
        Response tooLong = api.post(t.engineer().token(), path(t, retro) + "/cards",
                fields("column", "SAD", "body", "x".repeat(1001)));
        Response byStakeholder = api.post(t.stakeholder().token(), path(t, retro) + "/cards",
                fields("column", "SAD", "body", "Stakeholders read"));
        assertThat(move(t, retro, "CLOSED").status()).isEqualTo(200);
        Response closed = api.post(t.engineer().token(), path(t, retro) + "/cards",
                fields("column", "SAD", "body", "Too late"));

        assertThat(badColumn.status()).isEqualTo(400);
        assertThat(badColumn.detail()).contains("MAD, SAD, GLAD");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(byStakeholder.status()).isEqualTo(403);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.detail()).contains("CLOSED");
        assertThat(cards(api.get(t.pm().token(), path(t, retro)).json())).isEmpty();
        assertThat(move(t, retro, "COLLECT").status()).isEqualTo(409);
    }

    @Test
    void onlyTheAuthorOfANamedCardChangesOrTakesItBackAndOnlyWhileCardsAreCollected() {
        Team t = team();
        long retro = open(t, 5, 3);
        api.post(t.engineer().token(), path(t, retro) + "/cards", fields("column", "SAD", "body", "Builds are slwo"));
        api.post(t.engineer().token(), path(t, retro) + "/cards", fields("column", "GLAD", "body", "Pairing worked"));
        api.post(t.anonymous().token(), path(t, retro) + "/cards",
                fields("column", "MAD", "body", "Friday releases", "anonymous", true));
        List<JsonNode> all = cards(api.get(t.engineer().token(), path(t, retro)).json());
        long typo = idOf(all, "Builds");
        long taken = idOf(all, "Pairing");
        long anonymous = idOf(all, "Friday");

        Response fixed = api.send("PUT", path(t, retro) + "/cards/" + typo, "Bearer " + t.engineer().token(),
                fields("body", "Builds are slow"));
        Response byOther = api.send("PUT", path(t, retro) + "/cards/" + typo, "Bearer " + t.pm().token(),
                fields("body", "Builds are fine"));
        Response anonymousByWriter = api.send("PUT", path(t, retro) + "/cards/" + anonymous,
                "Bearer " + t.anonymous().token(), fields("body", "Changed"));
        Response blank = api.send("PUT", path(t, retro) + "/cards/" + typo, "Bearer " + t.engineer().token(),
                fields("body", " "));
        Response removed = api.send("DELETE", path(t, retro) + "/cards/" + taken, "Bearer " + t.engineer().token(), null);

        assertThat(fixed.status()).as("%s", fixed).isEqualTo(200);
        assertThat(byOther.status()).isEqualTo(403);
        assertThat(anonymousByWriter.status()).isEqualTo(403);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(removed.status()).isEqualTo(200);
        JsonNode mine = cards(api.get(t.engineer().token(), path(t, retro)).json()).stream()
                .filter(c -> c.get("id").asLong() == typo).findFirst().orElseThrow();
        assertThat(mine.get("body").asString()).isEqualTo("Builds are slow");
        assertThat(mine.get("mine").asBoolean()).isTrue();
        assertThat(cards(api.get(t.pm().token(), path(t, retro)).json())).extracting(c -> c.get("body").asString())
                .containsExactlyInAnyOrder("Builds are slow", "Friday releases");
        assertThat(cards(api.get(t.pm().token(), path(t, retro)).json())).allSatisfy(c ->
                assertThat(c.get("mine").asBoolean()).isFalse());

        assertThat(move(t, retro, "GROUP").status()).isEqualTo(200);
        Response late = api.send("PUT", path(t, retro) + "/cards/" + typo, "Bearer " + t.engineer().token(),
                fields("body", "Too late"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(cards(api.get(t.pm().token(), path(t, retro)).json())).extracting(c -> c.get("body").asString())
                .contains("Builds are slow");
    }

    private static long idOf(List<JsonNode> cards, String prefix) {
        return cards.stream().filter(c -> c.get("body").asString().startsWith(prefix)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    @Test
    void dotsStopAtThePersonalLimitAndTheLimitPerTargetAndCountForTheGroup() {
        Team t = team();
        long retro = open(t, 3, 2);
        for (String body : List.of("Flaky tests", "Slow CI", "Unclear goals")) {
            api.post(t.engineer().token(), path(t, retro) + "/cards", fields("column", "SAD", "body", body));
        }
        List<JsonNode> cards = cards(api.get(t.pm().token(), path(t, retro)).json());
        long flaky = cards.get(0).get("id").asLong();
        long slow = cards.get(1).get("id").asLong();
        long unclear = cards.get(2).get("id").asLong();
        move(t, retro, "GROUP");
        Response grouped = api.post(t.anonymous().token(), path(t, retro) + "/groups",
                fields("title", "Build pipeline", "cards", List.of(flaky, slow)));
        Response votingTooEarly = api.post(t.engineer().token(), path(t, retro) + "/votes", fields("card", unclear));
        move(t, retro, "VOTE");

        String votes = path(t, retro) + "/votes";
        Response first = api.post(t.engineer().token(), votes, fields("card", flaky));
        Response second = api.post(t.engineer().token(), votes, fields("card", slow));
        Response overTarget = api.post(t.engineer().token(), votes, fields("group",
                grouped.json().get("groups").get(0).get("id").asLong()));
        Response third = api.post(t.engineer().token(), votes, fields("card", unclear));
        Response overPerson = api.post(t.engineer().token(), votes, fields("card", unclear));
        Response neither = api.post(t.engineer().token(), votes, fields());
        Response byStakeholder = api.post(t.stakeholder().token(), votes, fields("card", unclear));

        assertThat(grouped.status()).isEqualTo(201);
        assertThat(votingTooEarly.status()).isEqualTo(409);
        assertThat(List.of(first.status(), second.status(), third.status())).containsOnly(201);
        assertThat(overTarget.status()).isEqualTo(400);
        assertThat(overTarget.detail()).contains("at most 2");
        assertThat(overPerson.status()).isEqualTo(400);
        assertThat(overPerson.detail()).contains("each person has 3");
        assertThat(neither.status()).isEqualTo(400);
        assertThat(byStakeholder.status()).isEqualTo(403);
        JsonNode view = api.get(t.engineer().token(), path(t, retro)).json();
        assertThat(view.get("groups").get(0).get("votes").asInt()).isEqualTo(2);
        assertThat(view.get("columns").get(1).get("cards").get(0).get("votes").asInt()).isEqualTo(1);
        assertThat(view.get("myVotesLeft").asInt()).isZero();

        Response back = api.send("DELETE", votes + "?card=" + unclear, "Bearer " + t.engineer().token(), null);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("myVotesLeft").asInt()).isEqualTo(1);
    }

    @Test
    void anActionItemBecomesAWorkItemOnceAndItsOwnerWhoLeftIsFlaggedNotLost() {
        Team t = team();
        long retro = open(t, 5, 3);
        for (String stage : List.of("GROUP", "VOTE", "DISCUSS")) {
            move(t, retro, stage);
        }
        Person outsider = api.newPerson();
        Response notMember = api.post(t.engineer().token(), path(t, retro) + "/actions",
                fields("title", "Fix the build", "owner", outsider.username()));
        Response added = api.post(t.engineer().token(), path(t, retro) + "/actions",
                fields("title", "Fix the flaky tests", "owner", t.anonymous().username(), "due", "2027-03-01"));
        long action = added.json().get("actions").get(0).get("id").asLong();
        Response byStakeholder = api.post(t.stakeholder().token(), path(t, retro) + "/actions/" + action + "/work-item", null);
        Response made = api.post(t.engineer().token(), path(t, retro) + "/actions/" + action + "/work-item", null);
        Response again = api.post(t.engineer().token(), path(t, retro) + "/actions/" + action + "/work-item", null);

        assertThat(notMember.status()).isEqualTo(400);
        assertThat(notMember.detail()).contains("member");
        assertThat(api.get(t.pm().token(), path(t, retro)).json().get("actions").size()).isEqualTo(1);
        assertThat(byStakeholder.status()).isEqualTo(403);
        assertThat(made.status()).isEqualTo(201);
        JsonNode shown = made.json().get("actions").get(0);
        String itemKey = shown.get("itemKey").asString();
        assertThat(shown.get("itemStatus").asString()).isEqualTo("Backlog");
        JsonNode item = api.get(t.pm().token(), "/api/v1/items/" + itemKey).json();
        assertThat(item.get("title").asString()).isEqualTo("Fix the flaky tests");
        assertThat(item.get("assignee").asString()).isEqualTo(t.anonymous().username());
        assertThat(item.get("dueDate").asString()).isEqualTo("2027-03-01");
        assertThat(item.get("description").asString()).contains("/retrospectives/" + retro);
        assertThat(again.status()).isEqualTo(409);

        api.delete(t.pm().token(), "/api/v1/projects/" + t.project() + "/members/" + t.anonymous().username());
        JsonNode after = api.get(t.pm().token(), path(t, retro)).json().get("actions").get(0);
        assertThat(after.get("owner").asString()).isEqualTo(t.anonymous().username());
        assertThat(after.get("ownerLeft").asBoolean()).isTrue();
        assertThat(after.get("itemKey").asString()).isEqualTo(itemKey);
    }

    @Test
    void aNonMemberLearnsNothingOfAProjectsRetrospectives() {
        Team t = team();
        long retro = open(t, 5, 3);
        Person outsider = api.newPerson();

        Response list = api.get(outsider.token(), path(t, -1));
        Response one = api.get(outsider.token(), path(t, retro));
        Response card = api.post(outsider.token(), path(t, retro) + "/cards", fields("column", "SAD", "body", "Hi"));

        assertThat(List.of(list.status(), one.status(), card.status())).containsOnly(404);
        assertThat(list.body() + one.body() + card.body()).doesNotContain("Sprint 3 retrospective");
        assertThat(cards(api.get(t.pm().token(), path(t, retro)).json())).isEmpty();
    }

    @Test
    void badRetrospectivesAreRefused() {
        Team t = team();
        Response kind = api.post(t.engineer().token(), path(t, -1), fields("title", "R", "kind", "YEAR", "format", "FOUR_LS"));
        Response format = api.post(t.engineer().token(), path(t, -1), fields("title", "R", "kind", "SPRINT", "format", "5WHYS"));
        Response limits = api.post(t.engineer().token(), path(t, -1), fields("title", "R", "kind", "SPRINT",
                "format", "FOUR_LS", "votesPerPerson", 2, "maxVotesPerTarget", 3));
        Response byStakeholder = api.post(t.stakeholder().token(), path(t, -1), fields("title", "R", "kind", "SPRINT",
                "format", "FOUR_LS"));

        assertThat(List.of(kind.status(), format.status(), limits.status())).containsOnly(400);
        assertThat(byStakeholder.status()).isEqualTo(403);
        assertThat(api.get(t.pm().token(), path(t, -1)).json().size()).isZero();
    }

    @Test
    void everyoneWithTheBoardOpenHearsOfANewCardWithoutLearningWhoWroteIt() throws InterruptedException {
        Team t = team();
        long retro = open(t, 5, 3);
        LiveStream stream = LiveStream.withToken(port, t.project(), t.stakeholder().token());
        try {
            assertThat(stream.awaitReady(Duration.ofSeconds(10))).as("the stream opened").isTrue();
            api.post(t.anonymous().token(), path(t, retro) + "/cards",
                    fields("column", "SAD", "body", "Nobody reads the runbook", "anonymous", true));

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline && stream.lines().stream().noneMatch(l -> l.contains("R" + retro))) {
                Thread.sleep(50);
            }
            assertThat(stream.lines()).anyMatch(l -> l.startsWith("data:") && l.contains("\"R" + retro + "\""));
            assertThat(stream.lines()).noneMatch(l -> l.contains(t.anonymous().username()));
        } finally {
            stream.close();
        }
    }
}
