/**
 * Joint planning: the project charter with its history, ADRs, key technical difficulties and success metrics, the
 * kick-off meeting and the feasibility sign-offs that gate the first baseline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "schedule"})
package dev.tandem.planning;
