package dev.tandem.portfolio;

import dev.tandem.shared.AuditableEvent;

/** A project came into being; other modules set up what each project needs, in the same transaction. */
public record ProjectCreated(long projectId, String key, String actor, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "project.created";
    }

    @Override
    public String targetType() {
        return "Project";
    }

    @Override
    public String target() {
        return key;
    }
}
