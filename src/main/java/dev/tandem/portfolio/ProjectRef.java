package dev.tandem.portfolio;

/**
 * A project the actor was let into, with the actor's role there ({@code null} for admins and PMO staff
 * who are not members) and whether the actor may change items.
 */
public record ProjectRef(long id, String key, String name, ProjectRole role, boolean admin) {

    public boolean may(Permission permission) {
        if (admin) {
            return true;
        }
        // without a role only PMO staff get this far: they read every project and change none
        return role == null ? permission == Permission.VIEW_PROJECT : role.may(permission);
    }
}
