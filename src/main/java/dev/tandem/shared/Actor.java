package dev.tandem.shared;

/**
 * The person on whose behalf a facade method runs; passed explicitly so permission checks need no framework.
 */
public record Actor(long personId, String username, OrgRole orgRole) implements java.io.Serializable {

    public enum OrgRole { ADMIN, PMO }

    public boolean isAdmin() {
        return orgRole == OrgRole.ADMIN;
    }

    /** PMO staff and admins oversee every project of the organisation. */
    public boolean oversees() {
        return orgRole == OrgRole.ADMIN || orgRole == OrgRole.PMO;
    }

    public static Actor system() {
        return new Actor(0, "system", OrgRole.ADMIN);
    }
}
