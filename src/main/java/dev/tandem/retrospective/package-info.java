/**
 * Retrospectives of a project (per sprint, milestone or incident) with cards, groups, dot votes and action items
 * that become work items, and the organisation's process templates (checklists and agendas) as numbered versions
 * that retrospectives improve and projects adopt.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retrospective",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "livestream"})
package dev.tandem.retrospective;
