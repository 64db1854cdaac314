package dev.tandem.support;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.portfolio.ProjectRole;
import dev.tandem.support.Api.Person;
import dev.tandem.support.OpenApiOperations.Operation;
import dev.tandem.support.OpenApiOperations.Parameter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * One project set up for calling every API operation, with a person for each kind of caller, and the one place
 * that knows, per operation, which real objects fill its path variables and what a minimal valid body is.
 * Calls that use something up (delete it, submit it, start it) get a fresh object each, so callers do not
 * disturb each other. Names are unique: the suites also run on a shared PostgreSQL database.
 */
public final class ApiFixtures {

    /** The kinds of caller: one member per project role, a signed-in outsider, PMO staff and an administrator. */
    public enum Caller {
        PM(ProjectRole.PM), EM(ProjectRole.EM), ARCHITECT(ProjectRole.ARCHITECT),
        PRODUCT_MANAGER(ProjectRole.PRODUCT_MANAGER), ENGINEER(ProjectRole.ENGINEER),
        STAKEHOLDER(ProjectRole.STAKEHOLDER), NON_MEMBER(null), PMO(null), ADMIN(null);

        private final ProjectRole role;

        Caller(ProjectRole role) {
            this.role = role;
        }

        /** The role in the fixture project, null for those who are not members. */
        public ProjectRole role() {
            return role;
        }
    }

    /** One request, ready to send. */
    /** {@code body} is a map sent as JSON, or a string sent as it is (a file). */
    public record Call(Operation operation, Caller caller, String path, String authorization, Object body) {

        public String method() {
            return operation.method();
        }

        public Call withoutCredentials() {
            return new Call(operation, caller, path, null, body);
        }

        public Call withToken(String token) {
            return new Call(operation, caller, path, "Bearer " + token, body);
        }
    }

    private static final String START = "2027-01-04";
    /** The smallest MS Project (MSPDI) file: one task of one day. */
    public static final String MINI_MSPDI = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project "
            + "xmlns=\"http://schemas.microsoft.com/project\"><Name>Fixture</Name><Tasks><Task><UID>1</UID><ID>1</ID>"
            + "<Name>Imported task</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task></Tasks>"
            + "</Project>";

    private final Api api;
    private final Person owner;
    private final String project;
    private final Map<Caller, Person> callers = new EnumMap<>(Caller.class);
    private final String status;
    private final String item;
    private final String majorItem;
    private final String feature;
    private final String milestone;
    private final long comment;
    private final long sprint;
    private final int risk;
    private final int debt;
    private final int adr;
    private final long difficulty;
    private final long metric;
    private final long baseline;
    private final long draft;
    private final long inReview;
    private final long worklog;
    private final String roleHolder;
    private final long space;
    private final long page;
    private int uploads;
    private final long groupRetro;
    private final long groupCard;
    private final long voteRetro;
    private final long voteCard;
    private final long unvoteCard;
    private final long discussRetro;
    private final long template;
    private final long webhook;
    private final String webhookDelivery;
    private final long plan;
    private final long chatChannel;

    private ApiFixtures(Api api) {
        this.api = api;
        // the PMO who opens the project becomes its first PM; every caller below is someone else
        owner = api.newPerson("PMO");
        project = api.newProject(owner.token());
        for (Caller caller : Caller.values()) {
            Person person = switch (caller) {
                case ADMIN -> new Person(Api.ADMIN, Api.ADMIN_PASSWORD, api.adminToken());
                case PMO -> api.newPerson("PMO");
                default -> api.newPerson();
            };
            if (caller.role() != null) {
                api.addMember(project, person.username(), caller.role().name());
            }
            callers.put(caller, person);
        }
        roleHolder = api.newPersonWithoutPassword();
        api.addMember(project, roleHolder, "ENGINEER");
        status = ok(api.get(owner.token(), projectPath("/statuses"))).json().get(0).get("name").asString();

        item = newItem("Shared task");
        majorItem = newItem("Architecture item");
        feature = api.newItem(owner.token(), project, "feature", "Scored feature");
        milestone = api.newItem(owner.token(), project, "milestone", "Launch");
        comment = newComment();
        sprint = newSprint();
        risk = (int) created(api.post(owner.token(), projectPath("/risks"), riskBody())).number("number");
        debt = (int) created(api.post(owner.token(), projectPath("/tech-debt"), debtBody())).number("number");
        adr = (int) created(api.post(owner.token(), projectPath("/charter/adrs"), fields("title", "Use PostgreSQL")))
                .number("number");
        difficulty = created(api.post(owner.token(), projectPath("/charter/difficulties"), difficultyBody())).number("id");
        metric = created(api.post(owner.token(), projectPath("/charter/metrics"), metricBody())).number("id");
        created(api.post(owner.token(), projectPath("/scorecards"), scoreBody()));
        // the first baseline waits for the EM's and the architect's sign-off
        for (Caller signer : List.of(Caller.EM, Caller.ARCHITECT)) {
            created(api.post(callers.get(signer).token(), projectPath("/feasibility-signoffs"), fields("comment", "Feasible")));
        }
        baseline = created(api.post(owner.token(), projectPath("/baselines"), fields("name", "Plan " + project))).number("id");
        worklog = newWorklog().number("id");
        draft = newDraft();
        inReview = newDraft();
        ok(api.post(callers.get(Caller.ENGINEER).token(), "/api/v1/change-requests/" + inReview + "/submit", null));
        space = ok(api.get(owner.token(), projectPath("/wiki"))).number("id");
        page = newPage("Fixture page");
        ok(api.send("PUT", pagePath(page), "Bearer " + owner.token(), fields("title", "Fixture page",
                "body", "Second revision of " + item, "version", version(pagePath(page)))));
        created(api.post(owner.token(), pagePath(page) + "/attachments", fields("name", "fixture.txt",
                "content", java.util.Base64.getEncoder().encodeToString("Plain text".getBytes()))));
        // retrospectives opened by the engineer (their facilitator), one in each stage a call needs
        groupRetro = newRetro();
        groupCard = newCard(groupRetro);
        moveRetro(groupRetro, "GROUP");
        voteRetro = newRetro();
        voteCard = newCard(voteRetro);
        unvoteCard = newCard(voteRetro);
        moveRetro(voteRetro, "GROUP");
        moveRetro(voteRetro, "VOTE");
        discussRetro = newRetro();
        for (String stage : List.of("GROUP", "VOTE", "DISCUSS")) {
            moveRetro(discussRetro, stage);
        }
        template = created(api.post(api.adminToken(), "/api/v1/process-templates", fields("code",
                "fixture-" + Api.uniqueUsername(), "language", "en", "kind", "CHECKLIST", "name", "Checklist " + project,
                "body", "- [ ] First"))).number("id");
        // a webhook with one delivery (to a port where nothing listens; the tests' sender runs only when called)
        webhook = newWebhook();
        newItem("Told to the webhook");
        webhookDelivery = ok(api.get(owner.token(), webhookPath(webhook) + "/deliveries")).json().get(0).get("id")
                .asString();
        chatChannel = newChatChannel();
        plan = newPlan();
    }

    /** A ready plan that changes nothing (no assignment, no leveling), so any caller allowed may accept it. */
    private long newPlan() {
        return ok(api.post(owner.token(), projectPath("/plans"), fields("assign", "NONE", "level", false))).number("id");
    }

    public static ApiFixtures setUp(Api api) {
        return new ApiFixtures(api);
    }

    public String project() {
        return project;
    }

    public Person person(Caller caller) {
        return callers.get(caller);
    }

    /**
     * The caller whose own thing the operation is about: the author of the fixture comment, the holder of the token,
     * the requester of the change request, the person whose account or leave it is. Notifications go to reviewers
     * only, so the notification is the EM's.
     */
    public Caller ownerOf(Operation operation) {
        return operation.path().startsWith("/api/v1/me/notifications/") ? Caller.EM : Caller.ENGINEER;
    }

    /**
     * The answers other than 2xx that a caller the rule lets in may get, because of the state the fixture is in, with
     * the reason. Anything not listed here must be a 2xx.
     */
    public Set<Integer> stateAnswers(Operation operation) {
        return switch (operation.id()) {
            // the project has its first baseline; later ones come only from approved change requests (ADR 0007)
            case "POST /api/v1/projects/{key}/baselines" -> Set.of(409);
            // no speech-to-text provider is configured in the tests' shared context, so there is nothing to retry
            case "POST /api/v1/projects/{key}/meetings/{id}/recording",
                 "POST /api/v1/projects/{key}/meetings/{id}/recording/retry" -> Set.of(409);
            // administrators act as PM but log hours only where they are members
            case "POST /api/v1/projects/{key}/items/{itemKey}/worklogs" -> Set.of(400);
            default -> Set.of();
        };
    }

    /** Sends the call as it is. */
    public Response send(Call call) {
        if (call.operation().streams()) {
            return api.open(call.path(), call.authorization());
        }
        return api.send(call.method(), call.path(), call.authorization(), call.body());
    }

    /**
     * The call of {@code operation} by {@code caller}: path variables filled with the fixture's objects (fresh ones
     * where the call uses them up), required query parameters, current versions and a minimal valid body.
     */
    public Call prepare(Operation operation, Caller caller) {
        Person person = callers.get(caller);
        Person engineer = callers.get(Caller.ENGINEER);
        Map<String, String> vars = new LinkedHashMap<>(Map.of("key", project, "itemKey", item,
                "username", engineer.username(), "item", feature, "spaceId", Long.toString(space),
                "pageId", Long.toString(page), "template", "adr", "number", "1", "name", "fixture.txt"));
        Map<String, Object> query = new LinkedHashMap<>();
        Map<String, Object> body = null;
        String rawBody = null;
        switch (operation.id()) {
            // people, tokens, leave
            case "POST /api/v1/people" -> {
                String username = Api.uniqueUsername();
                body = fields("username", username, "displayName", "Person " + username, "email", username + "@example.com");
            }
            case "PATCH /api/v1/people/{username}" -> body = fields("displayName", "Engineer " + engineer.username(),
                    "version", version("/api/v1/people/" + engineer.username()));
            case "POST /api/v1/me/tokens" -> body = fields("name", "token", "expiresInDays", 1);
            // the same password again, so the caller keeps signing in with it
            case "POST /api/v1/me/password" -> {
                String password = person == null ? Api.PASSWORD : person.password();
                body = fields("currentPassword", password, "newPassword", password);
            }
            case "DELETE /api/v1/me/tokens/{id}", "DELETE /api/v1/people/{username}/tokens/{id}" ->
                    vars.put("id", Long.toString(newToken(engineer)));
            case "GET /api/v1/people/{username}/leave" -> {
                query.put("from", "2027-03-01");
                query.put("to", "2027-03-05");
            }
            case "POST /api/v1/people/{username}/leave" -> body = fields("from", "2027-03-01", "to", "2027-03-02");
            case "DELETE /api/v1/people/{username}/leave" -> {
                query.put("from", "2027-03-01");
                query.put("to", "2027-03-02");
            }
            // a notice of its own request each time: the EM's vote on the request in review ends its notice
            case "POST /api/v1/me/notifications/{id}/read" -> vars.put("id", Long.toString(newNotice()));
            case "PUT /api/v1/me/notification-preferences" -> body = fields("quietFrom", "", "quietUntil", "",
                    "version", ok(api.get(person.token(), "/api/v1/me/notification-preferences")).json().get("version")
                            .asLong());
            case "GET /api/v1/audit" -> query.put("size", 1);
            case "GET /api/v1/search" -> query.put("q", project);
            case "GET /api/v1/search/text" -> query.put("q", "shared task");
            case "GET /api/v1/projects/{key}/estimate-suggestion" -> query.put("title", "Shared task");
            // item queries and the engineer's private filter (fresh ones where the call deletes it)
            case "GET /api/v1/items" -> query.put("q", "type = task order by updated desc");
            case "GET /api/v1/query/suggestions" -> {
                query.put("q", "type = ");
                query.put("caret", 7);
            }
            case "POST /api/v1/filters" -> body = fields("name", "Filter by " + caller, "query", "type = task");
            case "GET /api/v1/filters/{id}", "GET /api/v1/filters/{id}/items", "PUT /api/v1/filters/{id}/subscription",
                 "DELETE /api/v1/filters/{id}/subscription" -> vars.put("id", Long.toString(engineerFilter()));
            case "PATCH /api/v1/filters/{id}" -> {
                long filter = engineerFilter();
                vars.put("id", Long.toString(filter));
                body = fields("name", "Engineer's tasks", "version", ok(api.get(callers.get(Caller.ENGINEER).token(),
                        "/api/v1/filters/" + filter)).json().get("version").asLong());
            }
            case "DELETE /api/v1/filters/{id}" -> {
                vars.put("id", Long.toString(newFilter()));
                query.put("version", 0);
            }
            // projects and members
            case "POST /api/v1/projects" -> {
                String key = Api.uniqueProjectKey();
                body = fields("key", key, "name", "Project " + key, "startDate", START);
            }
            case "PATCH /api/v1/projects/{key}" -> body = fields("description", "Set up to call every operation",
                    "version", version(projectPath("")));
            case "POST /api/v1/projects/{key}/members" -> body = fields("username", api.newPersonWithoutPassword(),
                    "role", "STAKEHOLDER");
            case "PATCH /api/v1/projects/{key}/members/{username}" -> {
                vars.put("username", roleHolder);
                body = fields("role", "ENGINEER", "version", versionIn(projectPath("/members"), "username", roleHolder));
            }
            case "DELETE /api/v1/projects/{key}/members/{username}" -> {
                String member = api.newPersonWithoutPassword();
                api.addMember(project, member, "STAKEHOLDER");
                vars.put("username", member);
            }
            // items, dependencies, comments, board
            case "POST /api/v1/projects/{key}/items" -> body = fields("type", "task", "title", "Task by " + caller);
            case "PATCH /api/v1/items/{itemKey}" -> body = fields("title", "Shared task", "version", itemVersion(item));
            case "DELETE /api/v1/items/{itemKey}" -> {
                String fresh = newItem("Task to delete");
                vars.put("itemKey", fresh);
                query.put("version", itemVersion(fresh));
            }
            case "POST /api/v1/items/{itemKey}/major-technical" -> {
                vars.put("itemKey", majorItem);
                body = fields("majorTechnical", true, "version", itemVersion(majorItem));
            }
            case "POST /api/v1/items/{itemKey}/move" -> body = fields("status", status, "version", itemVersion(item));
            case "POST /api/v1/items/{itemKey}/dependencies" -> body = fields("predecessor", newItem("Predecessor"),
                    "type", "FS", "lagDays", 0);
            case "DELETE /api/v1/items/{itemKey}/dependencies/{id}" ->
                    vars.put("id", Long.toString(api.link(owner.token(), newItem("Predecessor"), item)));
            case "POST /api/v1/items/{itemKey}/comments" -> body = fields("body", "Comment by " + caller);
            case "PATCH /api/v1/items/{itemKey}/comments/{id}" -> {
                vars.put("id", Long.toString(comment));
                body = fields("body", "Edited comment", "version",
                        versionIn("/api/v1/items/" + item + "/comments", "id", comment));
            }
            case "DELETE /api/v1/items/{itemKey}/comments/{id}" -> vars.put("id", Long.toString(newComment()));
            case "POST /api/v1/projects/{key}/items/{itemKey}/worklogs" -> body = fields("date", yesterday(), "hours", 0.25);
            case "PATCH /api/v1/projects/{key}/items/{itemKey}/worklogs/{id}" -> {
                vars.put("id", Long.toString(worklog));
                body = fields("note", "Changed by " + caller, "version", worklogVersion());
            }
            case "DELETE /api/v1/projects/{key}/items/{itemKey}/worklogs/{id}" -> {
                Response fresh = newWorklog();
                vars.put("id", Long.toString(fresh.number("id")));
                query.put("version", fresh.number("version"));
            }
            case "GET /api/v1/projects/{key}/plans/{id}" -> vars.put("id", Long.toString(plan));
            case "POST /api/v1/projects/{key}/plans/{id}/accept", "DELETE /api/v1/projects/{key}/plans/{id}" ->
                    vars.put("id", Long.toString(newPlan()));
            case "POST /api/v1/projects/{key}/plans" -> body = fields("assign", "NONE", "level", false);
            case "PUT /api/v1/projects/{key}/earned-value/settings" -> body = fields("progressRule", "FIFTY_FIFTY",
                    "version", ok(api.get(owner.token(), projectPath("/earned-value"))).json().get("settingsVersion").asLong());
            // quality reports: a SARIF log as the raw body, the fixture report to read
            case "POST /api/v1/projects/{key}/quality/reports" -> {
                query.put("format", "sarif");
                query.put("commit", "fixture-" + caller.name().toLowerCase());
                body = QUALITY_SARIF;
            }
            case "GET /api/v1/projects/{key}/quality/reports/{id}",
                 "GET /api/v1/projects/{key}/quality/reports/{id}/findings" -> vars.put("id", Long.toString(qualityReport()));
            case "PUT /api/v1/projects/{key}/quality/settings" -> body = fields("gateSeverity", "HIGH", "gateMaxNew", 0,
                    "version", ok(api.get(owner.token(), projectPath("/quality/settings"))).json().get("version").asLong());
            // retrospectives and process templates
            case "POST /api/v1/projects/{key}/retrospectives" -> body = retroBody();
            case "GET /api/v1/projects/{key}/retrospectives/{id}" -> vars.put("id", Long.toString(groupRetro));
            case "POST /api/v1/projects/{key}/retrospectives/{id}/stage" -> {
                vars.put("id", Long.toString(newRetro()));
                body = fields("stage", "GROUP", "version", 0);
            }
            case "POST /api/v1/projects/{key}/retrospectives/{id}/cards" -> {
                vars.put("id", Long.toString(newRetro()));
                body = fields("column", "GLAD", "body", "Card by " + caller, "anonymous", true);
            }
            // the engineer's own named card on a fresh retrospective, still collecting
            case "PUT /api/v1/projects/{key}/retrospectives/{id}/cards/{cardId}",
                 "DELETE /api/v1/projects/{key}/retrospectives/{id}/cards/{cardId}" -> {
                long retro = newRetro();
                vars.put("id", Long.toString(retro));
                vars.put("cardId", Long.toString(newCard(retro)));
                if (operation.method().equals("PUT")) {
                    body = fields("body", "Rewritten by " + caller);
                }
            }
            case "POST /api/v1/projects/{key}/retrospectives/{id}/groups" -> {
                vars.put("id", Long.toString(groupRetro));
                body = fields("title", "Group by " + caller, "cards", List.of(groupCard));
            }
            case "POST /api/v1/projects/{key}/retrospectives/{id}/votes" -> {
                vars.put("id", Long.toString(voteRetro));
                body = fields("card", voteCard);
            }
            // the caller's own dot to take back; those kept out cannot place one either
            case "DELETE /api/v1/projects/{key}/retrospectives/{id}/votes" -> {
                if (person != null) {
                    api.post(person.token(), retroPath(voteRetro) + "/votes", fields("card", unvoteCard));
                }
                vars.put("id", Long.toString(voteRetro));
                query.put("card", unvoteCard);
            }
            case "POST /api/v1/projects/{key}/retrospectives/{id}/actions" -> {
                vars.put("id", Long.toString(discussRetro));
                body = actionBody();
            }
            case "POST /api/v1/projects/{key}/retrospectives/{id}/actions/{actionId}/work-item" -> {
                vars.put("id", Long.toString(discussRetro));
                var actions = created(api.post(owner.token(), retroPath(discussRetro) + "/actions", actionBody()))
                        .json().get("actions");
                vars.put("actionId", Long.toString(actions.get(actions.size() - 1).get("id").asLong()));
            }
            case "POST /api/v1/projects/{key}/retrospectives/{id}/promotions" -> {
                vars.put("id", Long.toString(discussRetro));
                body = fields("template", template, "text", "- [ ] Promoted by " + caller, "baseVersion",
                        templateVersion());
            }
            case "POST /api/v1/process-templates" -> body = fields("code", "fixture-" + Api.uniqueUsername(),
                    "language", "zh-CN", "kind", "AGENDA", "name", "议程", "body", "1. 回顾");
            case "GET /api/v1/process-templates/{id}" -> vars.put("id", Long.toString(template));
            case "GET /api/v1/process-templates/{id}/diff" -> {
                vars.put("id", Long.toString(template));
                query.put("from", 1);
                query.put("to", 1);
            }
            case "POST /api/v1/process-templates/{id}/versions" -> {
                vars.put("id", Long.toString(template));
                body = fields("body", "- [ ] First\n- [ ] By " + caller, "note", "Changed by " + caller,
                        "baseVersion", templateVersion());
            }
            case "POST /api/v1/projects/{key}/process/{templateId}/adopt" -> vars.put("templateId", Long.toString(template));
            // webhooks
            case "POST /api/v1/projects/{key}/webhooks" -> body = webhookBody();
            case "GET /api/v1/projects/{key}/webhooks/{id}", "GET /api/v1/projects/{key}/webhooks/{id}/deliveries" ->
                    vars.put("id", Long.toString(webhook));
            case "PATCH /api/v1/projects/{key}/webhooks/{id}" -> {
                vars.put("id", Long.toString(webhook));
                body = fields("description", "Changed by " + caller, "version", version(webhookPath(webhook)));
            }
            case "POST /api/v1/projects/{key}/webhooks/{id}/secret" -> {
                vars.put("id", Long.toString(webhook));
                body = fields("version", version(webhookPath(webhook)));
            }
            case "DELETE /api/v1/projects/{key}/webhooks/{id}" -> {
                vars.put("id", Long.toString(newWebhook()));
                query.put("version", 0);
            }
            case "GET /api/v1/projects/{key}/webhooks/{id}/deliveries/{deliveryId}",
                 "POST /api/v1/projects/{key}/webhooks/{id}/deliveries/{deliveryId}/redeliver" -> {
                vars.put("id", Long.toString(webhook));
                vars.put("deliveryId", webhookDelivery);
            }
            // chat channels and notification defaults
            case "PUT /api/v1/projects/{key}/notification-defaults" -> body = fields("choices",
                    List.of(Map.of("kind", "delay-risk", "inbox", true, "email", true)));
            case "POST /api/v1/projects/{key}/chat-channels" -> body = chatChannelBody();
            case "GET /api/v1/projects/{key}/chat-channels/{id}", "GET /api/v1/projects/{key}/chat-channels/{id}/deliveries" ->
                    vars.put("id", Long.toString(chatChannel));
            case "PATCH /api/v1/projects/{key}/chat-channels/{id}" -> {
                vars.put("id", Long.toString(chatChannel));
                body = fields("name", "Changed by " + caller, "version", version(projectPath("/chat-channels/" + chatChannel)));
            }
            case "DELETE /api/v1/projects/{key}/chat-channels/{id}" -> {
                vars.put("id", Long.toString(newChatChannel()));
                query.put("version", 0);
            }
            case "POST /api/v1/projects/{key}/worklogs/import" -> body = fields("csv", "person,item,date,hours\n"
                    + engineer.username() + "," + item + "," + yesterday() + ",0.25\n");
            case "PATCH /api/v1/projects/{key}/board" -> body = fields("wipHardLimit", false,
                    "version", version(projectPath("/board")));
            // sprints
            case "POST /api/v1/projects/{key}/sprints" -> body = sprintBody("Sprint by " + caller);
            case "PATCH /api/v1/projects/{key}/sprints/{id}" -> {
                vars.put("id", Long.toString(sprint));
                body = fields("goal", "Ship the shared task", "version", version(sprintPath(sprint)));
            }
            case "POST /api/v1/projects/{key}/sprints/{id}/start" -> {
                completeActiveSprint();
                long fresh = newSprint();
                vars.put("id", Long.toString(fresh));
                body = fields("version", version(sprintPath(fresh)));
            }
            case "POST /api/v1/projects/{key}/sprints/{id}/complete" -> {
                completeActiveSprint();
                long fresh = newSprint();
                ok(api.post(owner.token(), sprintPath(fresh) + "/start", fields("version", version(sprintPath(fresh)))));
                vars.put("id", Long.toString(fresh));
                body = fields("version", version(sprintPath(fresh)), "carryOver", "backlog");
            }
            case "POST /api/v1/projects/{key}/sprints/{id}/items" -> {
                String fresh = newItem("Sprint task");
                vars.put("id", Long.toString(sprint));
                body = fields("item", fresh, "version", itemVersion(fresh));
            }
            case "DELETE /api/v1/projects/{key}/sprints/{id}/items/{itemKey}" -> {
                String fresh = newItem("Sprint task");
                ok(api.post(owner.token(), sprintPath(sprint) + "/items", fields("item", fresh, "version", itemVersion(fresh))));
                vars.put("id", Long.toString(sprint));
                vars.put("itemKey", fresh);
                query.put("version", itemVersion(fresh));
            }
            case "GET /api/v1/projects/{key}/sprints/{id}", "GET /api/v1/projects/{key}/sprints/{id}/history",
                 "GET /api/v1/projects/{key}/sprints/{id}/capacity", "GET /api/v1/projects/{key}/sprints/{id}/burndown" ->
                    vars.put("id", Long.toString(sprint));
            // schedule
            case "POST /api/v1/projects/{key}/baselines" -> body = fields("name", "Baseline by " + caller);
            case "GET /api/v1/projects/{key}/baselines/{id}" -> vars.put("id", Long.toString(baseline));
            case "GET /api/v1/projects/{key}/milestones/{itemKey}/slip" -> vars.put("itemKey", milestone);
            case "PUT /api/v1/projects/{key}/calendar/weekdays" -> body = fields("workingWeekdays",
                    List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "version", version(projectPath("/calendar")));
            case "PUT /api/v1/projects/{key}/calendar/days/{day}" -> {
                vars.put("day", "2027-05-03");
                body = fields("working", false, "name", "Labour Day");
            }
            case "DELETE /api/v1/projects/{key}/calendar/days/{day}" -> {
                ok(api.send("PUT", projectPath("/calendar/days/2027-05-04"), "Bearer " + owner.token(),
                        fields("working", false, "name", "Youth Day")));
                vars.put("day", "2027-05-04");
            }
            // change control
            case "POST /api/v1/projects/{key}/change-requests" -> body = draftBody("Change by " + caller);
            case "GET /api/v1/change-requests/{id}" -> vars.put("id", Long.toString(inReview));
            case "POST /api/v1/change-requests/{id}/submit", "POST /api/v1/change-requests/{id}/withdraw" ->
                    vars.put("id", Long.toString(newDraft()));
            case "POST /api/v1/change-requests/{id}/refresh" -> vars.put("id", Long.toString(draft));
            // abstaining keeps the request in review: the owner, a fourth reviewer, never votes
            case "POST /api/v1/change-requests/{id}/votes" -> {
                vars.put("id", Long.toString(inReview));
                body = fields("decision", "ABSTAIN", "comment", "No opinion yet");
            }
            case "PATCH /api/v1/projects/{key}/review-board" -> body = fields("rule", "MAJORITY",
                    "version", version(projectPath("/review-board")));
            // charter, kick-off, sign-offs
            case "PATCH /api/v1/projects/{key}/charter" -> body = fields("vision", "One project to call them all",
                    "version", version(projectPath("/charter")));
            case "POST /api/v1/projects/{key}/charter/adrs" -> body = fields("title", "ADR by " + caller);
            case "PATCH /api/v1/projects/{key}/charter/adrs/{number}" -> {
                vars.put("number", Integer.toString(adr));
                body = fields("title", "Use PostgreSQL", "version", versionIn(projectPath("/charter"), "adrs", "number", adr));
            }
            case "POST /api/v1/projects/{key}/charter/difficulties" -> body = difficultyBody();
            case "PATCH /api/v1/projects/{key}/charter/difficulties/{id}" -> {
                vars.put("id", Long.toString(difficulty));
                body = fields("title", "Peak load", "version",
                        versionIn(projectPath("/charter"), "difficulties", "id", difficulty));
            }
            case "POST /api/v1/projects/{key}/charter/metrics" -> body = metricBody();
            case "PATCH /api/v1/projects/{key}/charter/metrics/{id}" -> {
                vars.put("id", Long.toString(metric));
                body = fields("unit", "points", "version", versionIn(projectPath("/charter"), "metrics", "id", metric));
            }
            case "POST /api/v1/projects/{key}/charter/metrics/{id}/surveys" -> {
                vars.put("id", Long.toString(metric));
                body = fields("takenOn", "2024-06-03", "score", 4.2, "respondents", 30);
            }
            case "PUT /api/v1/projects/{key}/kickoff" -> body = fields("heldOn", START,
                    "participants", List.of(owner.username()), "agreedValue", true, "decisions", "Start small",
                    "version", ok(api.get(owner.token(), projectPath("/kickoff"))).json().get("version").asLong());
            case "POST /api/v1/projects/{key}/kickoff/actions" -> body = actionBody();
            case "POST /api/v1/projects/{key}/kickoff/actions/{id}/accept" -> vars.put("id",
                    Long.toString(created(api.post(owner.token(), projectPath("/kickoff/actions"), actionBody())).number("id")));
            case "POST /api/v1/projects/{key}/feasibility-signoffs" -> body = fields("comment", "Feasible");
            // risks, scorecards, tech debt
            case "POST /api/v1/projects/{key}/risks" -> body = riskBody();
            case "GET /api/v1/projects/{key}/risks/{number}" -> vars.put("number", Integer.toString(risk));
            case "PATCH /api/v1/projects/{key}/risks/{number}" -> {
                vars.put("number", Integer.toString(risk));
                body = fields("mitigation", "Second vendor", "version", version(projectPath("/risks/" + risk)));
            }
            case "PUT /api/v1/projects/{key}/risks/threshold" -> body = fields("threshold", 12,
                    "version", ok(api.get(owner.token(), projectPath("/risks"))).json().get("settingsVersion").asLong());
            case "POST /api/v1/projects/{key}/scorecards" -> body = scoreBody();
            case "PATCH /api/v1/projects/{key}/scorecards/{item}" -> body = fields("risk", 3, "riskRationale", "Known stack");
            case "POST /api/v1/projects/{key}/tech-debt" -> body = debtBody();
            case "GET /api/v1/projects/{key}/tech-debt/{number}" -> vars.put("number", Integer.toString(debt));
            case "PATCH /api/v1/projects/{key}/tech-debt/{number}" -> {
                vars.put("number", Integer.toString(debt));
                body = fields("component", "payments", "version", version(projectPath("/tech-debt/" + debt)));
            }
            case "PUT /api/v1/projects/{key}/buffer" -> body = fields("bufferDays", 5,
                    "version", ok(api.get(owner.token(), projectPath("/buffer"))).json().get("settingsVersion").asLong());
            // delivery: one shared integration, fresh ones where a call removes one, a stored delivery to read again
            case "POST /api/v1/projects/{key}/integrations" -> body = fields("name", "CI by " + caller,
                    "provider", "generic");
            case "GET /api/v1/projects/{key}/integrations/{id}" -> vars.put("id", Long.toString(integration()));
            case "PATCH /api/v1/projects/{key}/integrations/{id}" -> {
                vars.put("id", Long.toString(integration()));
                body = fields("productionEnvironment", "prod", "version", version(projectPath("/integrations/" + integration())));
            }
            case "POST /api/v1/projects/{key}/integrations/{id}/secret" -> {
                vars.put("id", Long.toString(integration()));
                body = fields("version", version(projectPath("/integrations/" + integration())));
            }
            case "DELETE /api/v1/projects/{key}/integrations/{id}" -> {
                vars.put("id", Long.toString(newIntegration("Integration to remove")));
                query.put("version", 0);
            }
            case "POST /api/v1/projects/{key}/deliveries/{id}/reprocess" -> vars.put("id", Long.toString(storedDelivery()));
            // the wiki: the fixture project's space and page (two revisions, one attachment)
            case "POST /api/v1/wiki/spaces" -> body = fields("key", "S-" + Api.uniqueProjectKey(), "name", "Space by " + caller);
            case "POST /api/v1/wiki/spaces/{spaceId}/templates" -> body = fields("name", "Template " + (++uploads)
                    + " by " + caller, "body", "# Template");
            case "POST /api/v1/wiki/spaces/{spaceId}/pages" -> body = fields("title", "Page " + (++uploads) + " by "
                    + caller, "template", "adr", "language", "zh-CN");
            case "PUT /api/v1/wiki/pages/{pageId}" -> body = fields("title", "Fixture page", "body", "Edited by " + caller,
                    "version", version(pagePath(page)));
            case "DELETE /api/v1/wiki/pages/{pageId}" -> {
                long fresh = newPage("Page to delete " + (++uploads));
                vars.put("pageId", Long.toString(fresh));
                query.put("version", version(pagePath(fresh)));
            }
            case "POST /api/v1/wiki/pages/{pageId}/move" -> body = fields("position", 0, "version", version(pagePath(page)));
            case "GET /api/v1/wiki/pages/{pageId}/diff" -> {
                query.put("from", 1);
                query.put("to", 2);
            }
            case "POST /api/v1/wiki/pages/{pageId}/revisions/{number}/restore" ->
                    body = fields("version", version(pagePath(page)));
            case "POST /api/v1/wiki/pages/{pageId}/attachments" -> body = fields("name", "note-" + (++uploads) + ".txt",
                    "content", java.util.Base64.getEncoder().encodeToString(("Note by " + caller).getBytes()));
            case "DELETE /api/v1/wiki/pages/{pageId}/attachments/{name}" -> {
                String name = "remove-" + (++uploads) + ".txt";
                created(api.post(owner.token(), pagePath(page) + "/attachments", fields("name", name,
                        "content", java.util.Base64.getEncoder().encodeToString("To remove".getBytes()))));
                vars.put("name", name);
            }
            // meetings: one shared weekly meeting and action item, fresh action items where a call uses one up
            case "POST /api/v1/projects/{key}/meetings" -> body = meetingBody("Sync by " + caller);
            case "GET /api/v1/projects/{key}/meetings/{id}", "GET /api/v1/projects/{key}/meetings/{id}/minutes",
                 "GET /api/v1/projects/{key}/meetings/{id}/minutes.pdf",
                 "GET /api/v1/projects/{key}/meetings/{id}/invitation", "POST /api/v1/projects/{key}/meetings/{id}/next" ->
                    vars.put("id", Long.toString(meeting()));
            case "PUT /api/v1/projects/{key}/meetings/{id}" -> {
                vars.put("id", Long.toString(meeting()));
                body = new java.util.LinkedHashMap<>(meetingBody("Weekly sync"));
                body.put("version", meetingVersion("version"));
            }
            case "POST /api/v1/projects/{key}/meetings/{id}/decisions" -> {
                vars.put("id", Long.toString(meeting()));
                body = fields("text", "Decided by " + caller);
            }
            case "PUT /api/v1/projects/{key}/meetings/{id}/agenda" -> {
                vars.put("id", Long.toString(meeting()));
                body = fields("text", "Agenda by " + caller, "version", meetingVersion("agendaVersion"));
            }
            case "POST /api/v1/projects/{key}/meetings/{id}/agenda/regenerate" -> {
                vars.put("id", Long.toString(meeting()));
                body = fields("version", meetingVersion("agendaVersion"));
            }
            case "PUT /api/v1/projects/{key}/meetings/{id}/minutes" -> {
                vars.put("id", Long.toString(meeting()));
                body = fields("text", "Minutes by " + caller, "version", meetingVersion("minutesVersion"));
            }
            case "POST /api/v1/projects/{key}/meetings/{id}/actions" -> {
                vars.put("id", Long.toString(meeting()));
                body = meetingActionBody();
            }
            case "PATCH /api/v1/projects/{key}/meetings/{id}/actions/{actionId}" -> {
                long action = meetingAction();
                vars.put("id", Long.toString(meeting()));
                vars.put("actionId", Long.toString(action));
                body = fields("status", "open", "version", versionIn(projectPath("/meetings/" + meeting()), "actions",
                        "id", action));
            }
            case "POST /api/v1/projects/{key}/meetings/{id}/actions/{actionId}/work-item" -> {
                vars.put("id", Long.toString(meeting()));
                vars.put("actionId", Long.toString(newMeetingAction()));
            }
            // minutes from transcripts: a fresh transcript (and so fresh pending proposals) where a call uses one up
            case "GET /api/v1/projects/{key}/meetings/{id}/transcript",
                 "GET /api/v1/projects/{key}/meetings/{id}/proposals" -> vars.put("id", Long.toString(meeting()));
            case "POST /api/v1/projects/{key}/meetings/{id}/transcript" -> {
                vars.put("id", Long.toString(meeting()));
                body = fields("text", MEETING_TRANSCRIPT);
            }
            case "POST /api/v1/projects/{key}/meetings/{id}/recording" -> {
                vars.put("id", Long.toString(meeting()));
                body = fields("name", "sync.wav", "content", java.util.Base64.getEncoder().encodeToString(
                        "RIFF\0\0\0\0WAVEfmt ".getBytes()));
            }
            case "POST /api/v1/projects/{key}/meetings/{id}/recording/retry" -> vars.put("id", Long.toString(meeting()));
            case "POST /api/v1/projects/{key}/meetings/{id}/proposals/{proposalId}/accept",
                 "POST /api/v1/projects/{key}/meetings/{id}/proposals/{proposalId}/discard" -> {
                JsonNode proposal = newProposal();
                vars.put("id", Long.toString(meeting()));
                vars.put("proposalId", Long.toString(proposal.get("id").asLong()));
                body = fields("version", proposal.get("version").asLong());
            }
            // a dry run, so the shared project keeps its items; the body is the file itself
            case "POST /api/v1/projects/{key}/imports/ms-project" -> {
                query.put("dryRun", true);
                rawBody = MINI_MSPDI;
            }
            case "POST /api/v1/projects/{key}/imports/csv" -> {
                query.put("dryRun", true);
                rawBody = "Type,Title\ntask,Imported item\n";
            }
            case "POST /api/v1/projects/{key}/imports/jira" -> {
                query.put("dryRun", true);
                rawBody = "Issue key,Issue Type,Status,Summary\nFIX-1,Task,To Do,Imported issue\n";
            }
            case "GET /api/v1/projects/{key}/imports/jobs/{id}" -> vars.put("id", importJob());
            default -> { }
        }
        if (operation.hasBody() && body == null && rawBody == null && operation.bodyRequired()) {
            throw new AssertionError("ApiFixtures has no body for " + operation.id() + "; add one to prepare()");
        }
        return new Call(operation, caller, path(operation, vars, query), authorization(operation, person),
                rawBody != null ? rawBody : body);
    }

    private static String path(Operation operation, Map<String, String> vars, Map<String, Object> query) {
        String path = operation.path();
        for (String name : operation.pathVariables()) {
            String value = vars.get(name);
            if (value == null) {
                throw new AssertionError("ApiFixtures has no value for {" + name + "} of " + operation.id()
                        + "; add one to prepare()");
            }
            path = path.replace("{" + name + "}", Api.encode(value));
        }
        for (Parameter p : operation.query()) {
            if (p.required() && !query.containsKey(p.name())) {
                throw new AssertionError("ApiFixtures has no value for the query parameter " + p.name() + " of "
                        + operation.id() + "; add one to prepare()");
            }
        }
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + Api.encode(e.getValue().toString()))
                .collect(Collectors.joining("&"));
    }

    /** A bearer token, except where a password is what the operation wants: issuing a token. */
    private static String authorization(Operation operation, Person person) {
        if (wantsPassword(operation)) {
            return Api.basicAuthorization(person.username(), person.password());
        }
        return "Bearer " + person.token();
    }

    /** Whether the operation takes the password (HTTP Basic) and refuses a bearer token. */
    public static boolean wantsPassword(Operation operation) {
        return operation.id().equals("POST /api/v1/me/tokens");
    }

    // bodies that more than one call needs

    private Map<String, Object> riskBody() {
        return fields("title", "Acquirer API changes", "category", "technical", "probability", 2, "impact", 3);
    }

    private Map<String, Object> debtBody() {
        return fields("title", "No contract tests", "interestHours", 2, "fixHours", 8, "severity", "high");
    }

    private Map<String, Object> difficultyBody() {
        return fields("title", "Peak load", "owner", owner.username(), "alternatives",
                List.of(fields("description", "Shard by merchant", "chosen", true),
                        fields("description", "Queue and degrade", "chosen", false)));
    }

    private Map<String, Object> metricBody() {
        return fields("name", "Satisfaction", "unit", "points", "direction", "HIGHER_IS_BETTER", "target", 4,
                "source", "SURVEY", "windowWeeks", 4);
    }

    private Map<String, Object> scoreBody() {
        return fields("item", feature, "feasibility", 4, "feasibilityRationale", "Known stack", "scalability", 3,
                "scalabilityRationale", "One database", "maintainability", 4, "maintainabilityRationale", "Small",
                "risk", 2, "riskRationale", "Vendor is new");
    }

    private Map<String, Object> actionBody() {
        return fields("title", "Book the review", "owner", owner.username(), "due", "2027-02-01");
    }

    private Map<String, Object> retroBody() {
        return fields("title", "Sprint retrospective", "kind", "SPRINT", "format", "MAD_SAD_GLAD");
    }

    private Map<String, Object> sprintBody(String name) {
        return fields("name", name, "startDate", "2027-02-01", "endDate", "2027-02-12");
    }

    private Map<String, Object> draftBody(String title) {
        return fields("title", title, "reason", "The acquirer needs more time", "changes",
                List.of(fields("op", "setEstimate", "item", item, "mostLikelyDays", 3)));
    }

    // fresh objects

    private String newItem(String title) {
        return Response.text(api.newItem(owner.token(), project, fields("type", "task", "title", title,
                "mostLikelyDays", 2)), "key");
    }

    private Map<String, Object> webhookBody() {
        return fields("url", "http://127.0.0.1:9/fixture-hook", "events", List.of("item.created"));
    }

    private Map<String, Object> chatChannelBody() {
        return fields("name", "Team chat", "provider", "SLACK", "url", "http://127.0.0.1:9/fixture-chat",
                "kinds", List.of("delay-risk"));
    }

    private long newChatChannel() {
        return created(api.post(owner.token(), projectPath("/chat-channels"), chatChannelBody())).json().get("id").asLong();
    }

    private long newWebhook() {
        return created(api.post(owner.token(), projectPath("/webhooks"), webhookBody())).json().get("subscription")
                .get("id").asLong();
    }

    private String webhookPath(long id) {
        return projectPath("/webhooks/" + id);
    }

    private Response newWorklog() {
        return created(api.post(callers.get(Caller.ENGINEER).token(), projectPath("/items/" + item + "/worklogs"),
                fields("date", yesterday(), "hours", 0.25)));
    }

    private long worklogVersion() {
        for (var log : ok(api.get(owner.token(), projectPath("/items/" + item + "/worklogs"))).json()) {
            if (log.get("id").asLong() == worklog) {
                return log.get("version").asLong();
            }
        }
        throw new AssertionError("the fixture's work log " + worklog + " is gone");
    }

    private static String yesterday() {
        return java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
    }

    private Long engineerFilter;

    /** The engineer's private filter that the reading calls use, made on first use. */
    private long engineerFilter() {
        if (engineerFilter == null) {
            engineerFilter = newFilter();
        }
        return engineerFilter;
    }

    private long newFilter() {
        return created(api.post(callers.get(Caller.ENGINEER).token(), "/api/v1/filters",
                fields("name", "Engineer's tasks " + Api.uniqueUsername(), "query", "type = task"))).number("id");
    }

    private long newComment() {
        return created(api.post(callers.get(Caller.ENGINEER).token(), "/api/v1/items/" + item + "/comments",
                fields("body", "A comment of the engineer"))).number("id");
    }

    private long newRetro() {
        return created(api.post(callers.get(Caller.ENGINEER).token(), projectPath("/retrospectives"), retroBody()))
                .number("id");
    }

    private long newCard(long retro) {
        var columns = created(api.post(callers.get(Caller.ENGINEER).token(), retroPath(retro) + "/cards",
                fields("column", "SAD", "body", "Builds are slow"))).json().get("columns");
        var cards = columns.get(1).get("cards");
        return cards.get(cards.size() - 1).get("id").asLong();
    }

    private void moveRetro(long retro, String stage) {
        ok(api.post(owner.token(), retroPath(retro) + "/stage", fields("stage", stage, "version", version(retroPath(retro)))));
    }

    private long templateVersion() {
        return ok(api.get(owner.token(), "/api/v1/process-templates/" + template)).json().get("template")
                .get("currentVersion").asLong();
    }

    private String retroPath(long id) {
        return projectPath("/retrospectives/" + id);
    }

    private long newSprint() {
        return created(api.post(owner.token(), projectPath("/sprints"), sprintBody("Sprint"))).number("id");
    }

    private void completeActiveSprint() {
        for (JsonNode s : ok(api.get(owner.token(), projectPath("/sprints"))).json()) {
            if (s.get("state").asString().equals("ACTIVE")) {
                ok(api.post(owner.token(), sprintPath(s.get("id").asLong()) + "/complete",
                        fields("version", s.get("version").asLong(), "carryOver", "backlog")));
            }
        }
    }

    private long newDraft() {
        return created(api.post(callers.get(Caller.ENGINEER).token(), projectPath("/change-requests"),
                draftBody("Change of the engineer"))).number("id");
    }

    private long newToken(Person person) {
        return created(api.basic("POST", "/api/v1/me/tokens", person.username(), person.password(),
                fields("name", "to revoke", "expiresInDays", 1))).number("id");
    }

    /** A change request just submitted, and the notice that it waits for the EM's vote. */
    private long newNotice() {
        long request = newDraft();
        ok(api.post(callers.get(Caller.ENGINEER).token(), "/api/v1/change-requests/" + request + "/submit", null));
        return noticeOf(Caller.EM, "/change-requests/" + request);
    }

    private long noticeOf(Caller caller, String link) {
        for (JsonNode n : ok(api.get(callers.get(caller).token(), "/api/v1/me/notifications")).json()) {
            if (link.equals(n.get("link").asString())) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError(caller + " got no notification linking to " + link);
    }

    // reading versions

    private long version(String path) {
        return ok(api.get(owner.token(), path)).json().get("version").asLong();
    }

    private long itemVersion(String key) {
        return version("/api/v1/items/" + key);
    }

    /** The version of the element of a JSON array (the body itself) whose {@code field} equals {@code value}. */
    private long versionIn(String path, String field, Object value) {
        return versionIn(ok(api.get(owner.token(), path)).json(), field, value);
    }

    private long versionIn(String path, String arrayField, String field, Object value) {
        return versionIn(ok(api.get(owner.token(), path)).json().get(arrayField), field, value);
    }

    private static long versionIn(JsonNode array, String field, Object value) {
        for (JsonNode element : array) {
            if (element.get(field).asString().equals(value.toString())) {
                return element.get("version").asLong();
            }
        }
        throw new AssertionError("no element with " + field + " " + value + " in " + array);
    }

    private long newPage(String title) {
        return created(api.post(owner.token(), "/api/v1/wiki/spaces/" + space + "/pages",
                fields("title", title + " " + project, "body", "Mentions " + item))).number("id");
    }

    private static String pagePath(long id) {
        return "/api/v1/wiki/pages/" + id;
    }

    private String projectPath(String rest) {
        return "/api/v1/projects/" + project + rest;
    }

    private String sprintPath(long id) {
        return projectPath("/sprints/" + id);
    }

    private static Response ok(Response r) {
        assertThat(r.status()).as("setting up: %s", r).isBetween(200, 299);
        return r;
    }

    private static Response created(Response r) {
        assertThat(r.status()).as("setting up: %s", r).isEqualTo(201);
        return r;
    }

    private Long meeting;
    private String importJob;
    private Long meetingAction;

    private static Map<String, Object> meetingBody(String title) {
        return fields("kind", "weekly_sync", "title", title, "start", "2027-01-04T10:00", "timeZone", "Asia/Shanghai",
                "durationMinutes", 60, "recurrence", "weekly");
    }

    private Long integration;

    private long integration() {
        if (integration == null) {
            integration = newIntegration("Fixture CI");
        }
        return integration;
    }

    private long newIntegration(String name) {
        return created(api.post(owner.token(), projectPath("/integrations"), fields("name", name, "provider", "github")))
                .json().get("integration").get("id").asLong();
    }

    /** A delivery as the webhook intake stores it, already read; re-queuing it is what the call does. */
    private long storedDelivery() {
        long projectId = api.jdbc().queryForObject("select id from project where project_key = ?", Long.class, project);
        api.jdbc().update("insert into delivery_webhook (integration_id, project_id, delivery_key, event_type, payload, "
                + "payload_size, status, attempts, received_at, version) values (?, ?, ?, 'ping', '{}', 2, 'PROCESSED', 1, "
                + "current_timestamp, 0)", integration(), projectId, "fixture-" + (++uploads));
        return api.jdbc().queryForObject("select max(id) from delivery_webhook where integration_id = ?", Long.class,
                integration());
    }

    private static final Map<String, Object> QUALITY_SARIF = fields("version", "2.1.0", "runs", List.of(Map.of(
            "tool", Map.of("driver", Map.of("name", "Fixture")), "results", List.of(Map.of("ruleId", "R1",
                    "level", "warning", "message", Map.of("text", "Fixture finding"), "locations", List.of(Map.of(
                            "physicalLocation", Map.of("artifactLocation", Map.of("uri", "src/Fixture.java"),
                                    "region", Map.of("startLine", 3)))))))));
    private Long qualityReport;

    private long qualityReport() {
        if (qualityReport == null) {
            qualityReport = created(api.post(owner.token(), projectPath("/quality/reports?format=sarif&commit=fixture"),
                    QUALITY_SARIF)).number("id");
        }
        return qualityReport;
    }

    /** An import job whose one row is refused, so it fails and the shared project keeps its items. */
    private String importJob() {
        if (importJob == null) {
            Response started = api.send("POST", projectPath("/imports/csv"), "Bearer " + owner.token(), "text/csv",
                    "Type,Title,Status\ntask,Never written,No such status\n");
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            importJob = started.json().get("id").asString();
        }
        return importJob;
    }

    private long meeting() {
        if (meeting == null) {
            meeting = created(api.post(owner.token(), projectPath("/meetings"), meetingBody("Weekly sync"))).number("id");
        }
        return meeting;
    }

    private long meetingVersion(String field) {
        return ok(api.get(owner.token(), projectPath("/meetings/" + meeting()))).json().get(field).asLong();
    }

    private Map<String, Object> meetingActionBody() {
        return fields("title", "Follow up", "owner", callers.get(Caller.ENGINEER).username(), "due", "2027-01-15");
    }

    private long newMeetingAction() {
        return created(api.post(owner.token(), projectPath("/meetings/" + meeting() + "/actions"), meetingActionBody()))
                .number("id");
    }

    private long meetingAction() {
        if (meetingAction == null) {
            meetingAction = newMeetingAction();
        }
        return meetingAction;
    }

    private static final String MEETING_TRANSCRIPT = "PM: We decided to ship the beta on Friday.\nPM: TODO: book the room.\n";

    /** A pending decision proposed from a freshly imported transcript of the fixture meeting. */
    private JsonNode newProposal() {
        JsonNode view = created(api.post(owner.token(), projectPath("/meetings/" + meeting() + "/transcript"),
                fields("text", MEETING_TRANSCRIPT))).json();
        for (JsonNode p : view.get("proposals")) {
            if (p.get("kind").asString().equals("DECISION") && p.get("status").asString().equals("PENDING")) {
                return p;
            }
        }
        throw new AssertionError("the fixture transcript proposed no decision: " + view);
    }
}
