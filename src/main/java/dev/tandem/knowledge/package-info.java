/**
 * Knowledge: the wiki. A space per project and organisation-wide spaces hold Markdown pages in a tree; every save is
 * a revision that can be compared with any other and restored; pages link each other with {@code [[Title]]} and
 * mention work items by key; templates in English and Chinese start new pages; attachments live in the database.
 * The project's ADRs (planning) are shown in its space, read through planning's facade.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "planning", "estimation"})
package dev.tandem.knowledge;
