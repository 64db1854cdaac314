/**
 * Effort suggestions: story points (and hours, where finished items have them) from the most similar finished items,
 * by text embeddings computed in process, plus type and labels.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Effort estimation",
        allowedDependencies = {"shared", "system", "portfolio", "workitem"})
package dev.tandem.estimation;
