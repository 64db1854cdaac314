package dev.tandem.portfolio;

import static dev.tandem.portfolio.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/** A person's role in one project; the permission matrix lives here and nowhere else. */
public enum ProjectRole {
    PM(EnumSet.allOf(Permission.class)),
    EM(EnumSet.of(VIEW_PROJECT, EDIT_ITEMS, DELETE_ITEMS, COMMENT, MANAGE_BOARD, MANAGE_SPRINTS, EDIT_CHARTER,
            EDIT_RISKS, EDIT_TECH_DEBT, SCORE_FEATURES, EDIT_WIKI, RECORD_MEETINGS, MANAGE_INTEGRATIONS,
            PUBLISH_QUALITY_REPORTS, PLAN_RESOURCES, IMPORT_PLANS)),
    ARCHITECT(EnumSet.of(VIEW_PROJECT, EDIT_ITEMS, COMMENT, EDIT_RISKS, SCORE_FEATURES, EDIT_WIKI, RECORD_MEETINGS,
            PUBLISH_QUALITY_REPORTS)),
    PRODUCT_MANAGER(EnumSet.of(VIEW_PROJECT, EDIT_ITEMS, COMMENT, EDIT_CHARTER, EDIT_RISKS, EDIT_WIKI, RECORD_MEETINGS)),
    ENGINEER(EnumSet.of(VIEW_PROJECT, EDIT_ITEMS, COMMENT, EDIT_WIKI, RECORD_MEETINGS, PUBLISH_QUALITY_REPORTS)),
    STAKEHOLDER(EnumSet.of(VIEW_PROJECT));

    private final Set<Permission> permissions;

    ProjectRole(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }
}
