package dev.tandem.identity;

/**
 * Project roles granted from an identity provider's groups; answered by the module that owns projects (which
 * itself depends on identity, hence this port).
 */
public interface ProjectRoleGrants {

    /** Whether {@code role} names a project role, for checking the group mapping at startup. */
    boolean knowsRole(String role);

    /** Makes {@code username} a member of the project with this role; an unknown project is skipped. */
    void grant(String username, String projectKey, String role);
}
