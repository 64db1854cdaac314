package dev.tandem.delivery.internal;

import dev.tandem.delivery.internal.DevEvent.Kind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads what a delivery reports, in each provider's documented payload format. An event this does not read answers
 * empty, so the delivery is kept as ignored. Times without an offset are UTC; a payload that says nothing of a time
 * takes the time it was received.
 */
final class Payloads {

    private static final int MAX_COMMITS = 100;
    private static final DateTimeFormatter GITLAB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[ XXX][ Z][ 'UTC']", Locale.ROOT);

    private Payloads() {
    }

    /** What the delivery reports, or empty when the event is not one Tandem reads. */
    static Optional<List<Observation>> read(Provider provider, String event, JsonNode body, Instant received) {
        String e = event == null ? "" : event.strip();
        List<Observation> out = new ArrayList<>();
        switch (provider) {
            case GITHUB, GITEA -> {
                switch (e) {
                    case "push" -> push(body, received, out, body.path("repository").path("full_name"));
                    case "pull_request" -> pullRequest(body.path("pull_request"), repo(body), received, out);
                    case "pull_request_review", "pull_request_review_approved", "pull_request_review_rejected" ->
                            review(provider, e, body, received, out);
                    case "workflow_run" -> workflowRun(body, received, out);
                    case "deployment_status" -> githubDeployment(body, received, out);
                    case "ping" -> {
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            case GITLAB -> {
                switch (e) {
                    case "Push Hook" -> push(body, received, out, body.path("project").path("path_with_namespace"));
                    case "Merge Request Hook" -> mergeRequest(body, received, out);
                    case "Pipeline Hook" -> pipeline(body, received, out);
                    case "Deployment Hook" -> gitlabDeployment(body, received, out);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            case GENERIC -> {
                switch (e) {
                    case "deployment" -> genericDeployment(body, received, out);
                    case "incident" -> incident(body, received, out);
                    case "pipeline" -> genericPipeline(body, received, out);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.of(out);
    }

    private static String repo(JsonNode body) {
        return text(body.path("repository").path("full_name"));
    }

    /** GitHub, Gitea and GitLab pushes: a branch, and each commit with its message (the first push of a branch names it). */
    private static void push(JsonNode body, Instant received, List<Observation> out, JsonNode repoNode) {
        String repository = required(text(repoNode), "repository");
        String ref = text(body.path("ref"));
        if (ref == null || !ref.startsWith("refs/heads/")) {
            return;
        }
        String branch = ref.substring("refs/heads/".length());
        String defaultBranch = Optional.ofNullable(text(body.path("repository").path("default_branch")))
                .or(() -> Optional.ofNullable(text(body.path("project").path("default_branch")))).orElse("main");
        boolean onDefault = branch.equals(defaultBranch);
        String after = text(body.path("after"));
        boolean deleted = body.path("deleted").asBoolean(false) || (after != null && after.matches("0+"));
        if (!onDefault) {
            out.add(new Observation(Kind.BRANCH, repository, branch, branch, deleted ? "DELETED" : "ACTIVE",
                    null, branch, deleted ? null : after, null, null, false, null, received, null, branch));
        }
        int n = 0;
        for (JsonNode c : body.path("commits")) {
            if (n++ == MAX_COMMITS) {
                break;
            }
            String sha = required(text(c.path("id")), "commits[].id");
            String message = text(c.path("message"));
            Instant at = time(text(c.path("timestamp")), received);
            out.add(new Observation(Kind.COMMIT, repository, sha, firstLine(message), onDefault ? "ON_DEFAULT" : "ON_BRANCH",
                    text(c.path("url")), branch, sha, null, null, false, null, at, null, branch + "\n" + message));
        }
    }

    private static void pullRequest(JsonNode pr, String repository, Instant received, List<Observation> out) {
        required(repository, "repository");
        String number = required(text(pr.path("number")), "pull_request.number");
        boolean merged = pr.path("merged").asBoolean(false);
        String state = merged ? "MERGED" : "closed".equals(text(pr.path("state"))) ? "CLOSED" : "OPEN";
        String title = text(pr.path("title"));
        String branch = text(pr.path("head").path("ref"));
        Instant finished = merged ? time(text(pr.path("merged_at")), received)
                : "CLOSED".equals(state) ? time(text(pr.path("closed_at")), received) : null;
        out.add(new Observation(Kind.PULL_REQUEST, repository, number, title, state, text(pr.path("html_url")), branch,
                text(pr.path("merge_commit_sha")), null, null, false, time(text(pr.path("created_at")), received),
                received, finished, branch + "\n" + title));
    }

    /** A review's verdict marks an open pull request approved or with changes requested. */
    private static void review(Provider provider, String event, JsonNode body, Instant received, List<Observation> out) {
        JsonNode pr = body.path("pull_request");
        String verdict = provider == Provider.GITHUB ? text(body.path("review").path("state"))
                : event.endsWith("approved") ? "approved" : "changes_requested";
        if (!"closed".equals(text(pr.path("state")))) {
            String state = "approved".equalsIgnoreCase(verdict) ? "APPROVED"
                    : "changes_requested".equalsIgnoreCase(verdict) ? "CHANGES_REQUESTED" : "OPEN";
            String branch = text(pr.path("head").path("ref"));
            String title = text(pr.path("title"));
            out.add(new Observation(Kind.PULL_REQUEST, required(repo(body), "repository"),
                    required(text(pr.path("number")), "pull_request.number"), title, state, text(pr.path("html_url")),
                    branch, null, null, null, false, time(text(pr.path("created_at")), received), received, null,
                    branch + "\n" + title));
        }
    }

    private static void workflowRun(JsonNode body, Instant received, List<Observation> out) {
        JsonNode run = body.path("workflow_run");
        String status = text(run.path("status"));
        boolean completed = "completed".equals(status);
        String state = (completed ? Optional.ofNullable(text(run.path("conclusion"))).orElse("completed") : status);
        String branch = text(run.path("head_branch"));
        String title = Optional.ofNullable(text(run.path("display_title"))).orElse(text(run.path("name")));
        out.add(new Observation(Kind.PIPELINE, required(repo(body), "repository"),
                required(text(run.path("id")), "workflow_run.id"), title, upper(state), text(run.path("html_url")),
                branch, text(run.path("head_sha")), null, null, false, time(text(run.path("run_started_at")), null),
                received, completed ? time(text(run.path("updated_at")), received) : null, branch + "\n" + title));
    }

    private static void githubDeployment(JsonNode body, Instant received, List<Observation> out) {
        JsonNode deployment = body.path("deployment");
        JsonNode status = body.path("deployment_status");
        String environment = Optional.ofNullable(text(status.path("environment")))
                .orElse(text(deployment.path("environment")));
        String state = upper(text(status.path("state")));
        String description = Optional.ofNullable(text(deployment.path("description"))).orElse("");
        boolean rollback = deployment.path("payload").path("rollback").asBoolean(false)
                || description.toLowerCase(Locale.ROOT).contains("rollback");
        String ref = text(deployment.path("ref"));
        out.add(new Observation(Kind.DEPLOYMENT, required(repo(body), "repository"),
                required(text(deployment.path("id")), "deployment id"), description.isEmpty() ? ref : description,
                state, text(status.path("target_url")), ref, text(deployment.path("sha")), environment, ref, rollback,
                time(text(deployment.path("created_at")), null), received,
                terminal(state) ? time(text(status.path("created_at")), received) : null, ref + "\n" + description));
    }

    private static void mergeRequest(JsonNode body, Instant received, List<Observation> out) {
        JsonNode mr = body.path("object_attributes");
        String action = text(mr.path("action"));
        String state = switch (Optional.ofNullable(text(mr.path("state"))).orElse("opened")) {
            case "merged" -> "MERGED";
            case "closed", "locked" -> "CLOSED";
            default -> "approved".equals(action) ? "APPROVED" : "OPEN";
        };
        String title = text(mr.path("title"));
        String branch = text(mr.path("source_branch"));
        Instant updated = time(text(mr.path("updated_at")), received);
        out.add(new Observation(Kind.PULL_REQUEST,
                required(text(body.path("project").path("path_with_namespace")), "project.path_with_namespace"),
                required(text(mr.path("iid")), "object_attributes.iid"), title, state, text(mr.path("url")), branch,
                text(mr.path("merge_commit_sha")), null, null, false, time(text(mr.path("created_at")), received),
                received, "MERGED".equals(state) || "CLOSED".equals(state) ? updated : null, branch + "\n" + title));
    }

    private static void pipeline(JsonNode body, Instant received, List<Observation> out) {
        JsonNode p = body.path("object_attributes");
        String state = upper(text(p.path("status")));
        String branch = text(p.path("ref"));
        String title = Optional.ofNullable(text(p.path("name"))).orElse(text(body.path("commit").path("title")));
        String web = text(body.path("project").path("web_url"));
        String id = required(text(p.path("id")), "object_attributes.id");
        out.add(new Observation(Kind.PIPELINE,
                required(text(body.path("project").path("path_with_namespace")), "project.path_with_namespace"), id,
                title, state, web == null ? null : web + "/-/pipelines/" + id, branch, text(p.path("sha")), null, null,
                false, time(text(p.path("created_at")), null), received, time(text(p.path("finished_at")), null),
                branch + "\n" + Optional.ofNullable(text(body.path("commit").path("message"))).orElse("")));
    }

    private static void gitlabDeployment(JsonNode body, Instant received, List<Observation> out) {
        String state = upper(text(body.path("status")));
        String title = text(body.path("commit_title"));
        String ref = text(body.path("ref"));
        out.add(new Observation(Kind.DEPLOYMENT,
                required(text(body.path("project").path("path_with_namespace")), "project.path_with_namespace"),
                required(text(body.path("deployment_id")), "deployment_id"), title, state,
                text(body.path("deployable_url")), ref, text(body.path("short_sha")), text(body.path("environment")), ref,
                false, null, received, terminal(state) ? time(text(body.path("status_changed_at")), received) : null,
                ref + "\n" + title));
    }

    private static void genericDeployment(JsonNode body, Instant received, List<Observation> out) {
        String state = upper(required(text(body.path("status")), "status"));
        String version = text(body.path("version"));
        out.add(new Observation(Kind.DEPLOYMENT, required(text(body.path("repository")), "repository"),
                required(text(body.path("id")), "id"), Optional.ofNullable(text(body.path("title"))).orElse(version),
                state, text(body.path("url")), text(body.path("branch")), text(body.path("sha")),
                required(text(body.path("environment")), "environment"), version, body.path("rollback").asBoolean(false),
                time(text(body.path("started_at")), null), received,
                terminal(state) ? time(text(body.path("finished_at")), received) : null,
                Optional.ofNullable(text(body.path("title"))).orElse("")));
    }

    private static void genericPipeline(JsonNode body, Instant received, List<Observation> out) {
        String state = upper(required(text(body.path("status")), "status"));
        String branch = text(body.path("branch"));
        String name = text(body.path("name"));
        out.add(new Observation(Kind.PIPELINE, required(text(body.path("repository")), "repository"),
                required(text(body.path("id")), "id"), name, state, text(body.path("url")), branch,
                text(body.path("sha")), null, null, false, time(text(body.path("started_at")), null), received,
                time(text(body.path("finished_at")), null), branch + "\n" + name));
    }

    /** An incident: {@code service} the repository it hit, or none for the whole project. */
    private static void incident(JsonNode body, Instant received, List<Observation> out) {
        String status = Optional.ofNullable(text(body.path("status"))).orElse("opened").toLowerCase(Locale.ROOT);
        boolean resolved = status.equals("resolved") || status.equals("closed");
        String title = text(body.path("title"));
        out.add(new Observation(Kind.INCIDENT, Optional.ofNullable(text(body.path("service"))).orElse(""),
                required(text(body.path("id")), "id"), title, resolved ? "RESOLVED" : "OPEN", text(body.path("url")),
                null, null, null, null, false, null, time(text(body.path("opened_at")), received),
                resolved ? time(text(body.path("resolved_at")), received) : null, title));
    }

    static boolean terminal(String state) {
        return state != null && switch (state) {
            case "SUCCESS", "FAILURE", "FAILED", "ERROR", "CANCELED", "CANCELLED", "INACTIVE" -> true;
            default -> false;
        };
    }

    /** A value the payload must carry; without it the delivery fails with this reason. */
    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the payload has no " + field);
        }
        return value;
    }

    private static String upper(String s) {
        return s == null ? "UNKNOWN" : s.toUpperCase(Locale.ROOT);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        String s = node.asString();
        return s == null || s.isBlank() ? null : s;
    }

    static Instant time(String value, Instant otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                var parsed = GITLAB_TIME.parseBest(value, OffsetDateTime::from, java.time.LocalDateTime::from);
                return parsed instanceof OffsetDateTime o ? o.toInstant()
                        : ((java.time.LocalDateTime) parsed).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return otherwise;
            }
        }
    }
}
