/**
 * Reporting: the weekly project–engineering sync report of any ISO week (page, JSON and Markdown in the reader's
 * language) and its weekly snapshot of the critical path and forecast. It gathers from other modules through the
 * ports it owns ({@code RiskSource}, {@code ReviewBoardSource}, {@code DecisionSource}, {@code DelayRiskSource},
 * {@code DeliverySource}, {@code EarnedValueSource}), which those modules implement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"shared", "identity", "portfolio", "workitem", "schedule", "schedule :: engine"})
package dev.tandem.reporting;
