/**
 * Joint planning: the project charter with its history, ADRs, key technical difficulties and success metrics, the
 * kick-off meeting, feasibility sign-offs that gate the first baseline, the risk register, the tech-debt register
 * with the schedule buffer, and technical impact scorecards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "schedule", "reporting"})
package dev.tandem.planning;
