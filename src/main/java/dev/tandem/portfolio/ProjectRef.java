package dev.tandem.portfolio;

/**
 * A project the actor was let into, with the actor's role there ({@code null} for admins and PMO staff
 * who are not members) and whether the actor may change items.
 */
public record ProjectRef(long id, String key, String name, ProjectRole role, boolean admin) {

    public boolean may(Permission permission) {
        return admin || (role != null && role.may(permission));
    }
}
