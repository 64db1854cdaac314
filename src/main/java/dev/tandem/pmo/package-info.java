/**
 * The PMO's portfolio view: for every project of a portfolio the reader may see, its health (schedule, scope, budget,
 * quality, each red, amber or green by a stated rule), milestones on one timeline, top risks, open change requests,
 * scorecards and DORA figures, and the people it shares with the other projects with their load; as a page, JSON and
 * the Markdown for the monthly alignment meeting. It reads the weekly sync report of each project (the same source
 * the PMO alignment's agenda uses) and the registers' scorecards and quality-gate verdicts, and owns no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio view",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "schedule", "reporting", "register"})
package dev.tandem.pmo;
