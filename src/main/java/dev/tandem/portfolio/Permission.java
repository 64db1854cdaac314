package dev.tandem.portfolio;

/** What a role may do inside a project; the matrix is {@link ProjectRole#permissions()} and docs/permissions.md. */
public enum Permission {
    VIEW_PROJECT,
    EDIT_ITEMS,
    DELETE_ITEMS,
    COMMENT,
    MANAGE_MEMBERS,
    EDIT_PROJECT,
    MANAGE_BOARD,
    MANAGE_SPRINTS,
    EDIT_CHARTER,
    EDIT_RISKS,
    EDIT_TECH_DEBT,
    SCORE_FEATURES,
    EDIT_WIKI,
    MANAGE_WIKI,
    RECORD_MEETINGS,
    MANAGE_INTEGRATIONS,
    PUBLISH_QUALITY_REPORTS,
    PLAN_RESOURCES,
    IMPORT_PLANS
}
