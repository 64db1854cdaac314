package dev.tandem.delivery.internal;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * A thing seen on the code host or CI (a commit, branch, pull request, pipeline run, deployment or incident) in its
 * latest state, with the work-item keys it names.
 */
@Entity
@Table(name = "delivery_event")
public class DevEvent {

    public enum Kind { COMMIT, BRANCH, PULL_REQUEST, PIPELINE, DEPLOYMENT, INCIDENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private Long integrationId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String repository;
    private String externalId;
    private String title;
    private String state;
    private String url;
    private String branch;
    private String sha;
    private String environment;
    private String releaseName;
    private boolean production;
    private boolean rollback;
    private String itemKeys;
    private Instant startedAt;
    private Instant occurredAt;
    private Instant finishedAt;
    private Instant updatedAt;

    protected DevEvent() {
    }

    DevEvent(long projectId, long integrationId, Kind kind, String repository, String externalId) {
        this.projectId = projectId;
        this.integrationId = integrationId;
        this.kind = kind;
        this.repository = repository;
        this.externalId = externalId;
        this.itemKeys = "";
    }

    Long id() { return id; }
    long projectId() { return projectId; }
    public Kind kind() { return kind; }
    public String repository() { return repository; }
    public String externalId() { return externalId; }
    public String title() { return title; }
    public String state() { return state; }
    String url() { return url; }
    public String branch() { return branch; }
    public String sha() { return sha; }
    String environment() { return environment; }
    public String releaseName() { return releaseName; }
    public boolean production() { return production; }
    public boolean rollback() { return rollback; }
    String itemKeys() { return itemKeys; }
    public Instant startedAt() { return startedAt; }
    public Instant occurredAt() { return occurredAt; }
    public Instant finishedAt() { return finishedAt; }

    /** Takes what the new observation knows, keeping what it does not say (a commit keeps its first branch). */
    void observe(Observation o, boolean production, String itemKeys, Instant now) {
        title = o.title() != null ? cut(o.title(), 500) : title;
        // a commit stays where it was first seen; an incident keeps when it opened
        state = kind == Kind.COMMIT && state != null ? state : o.state();
        url = o.url() != null ? cut(o.url(), 1000) : url;
        if (branch == null || kind != Kind.COMMIT) {
            branch = o.branch() != null ? cut(o.branch(), 255) : branch;
        }
        sha = o.sha() != null ? cut(o.sha(), 64) : sha;
        environment = o.environment() != null ? cut(o.environment(), 100) : environment;
        releaseName = o.release() != null ? cut(o.release(), 200) : releaseName;
        this.production = production;
        rollback = o.rollback() || rollback;
        this.itemKeys = itemKeys;
        startedAt = o.startedAt() != null ? o.startedAt() : startedAt;
        occurredAt = occurredAt == null || (kind != Kind.COMMIT && kind != Kind.INCIDENT) ? o.occurredAt() : occurredAt;
        finishedAt = o.finishedAt() != null ? o.finishedAt() : finishedAt;
        updatedAt = now;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
