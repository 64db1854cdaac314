/**
 * Change control: change requests with a computed impact assessment, the technical review board that approves
 * or rejects them, and the application of approved changes with a new baseline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Change control",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "schedule", "reporting"})
package dev.tandem.change;
