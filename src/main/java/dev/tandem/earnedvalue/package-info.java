/**
 * Earned value, time-phased: planned value from the current baseline, earned value from progress, actual cost from
 * work logs at the project's rates, the figures per project, milestone and epic, earned schedule, and weekly snapshots
 * so past weeks of the S-curve keep what was known then. {@link dev.tandem.earnedvalue.internal.EarnedValueCalculator} is the
 * plain-Java arithmetic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Earned value",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "schedule", "reporting", "change",
                "timetracking"})
package dev.tandem.earnedvalue;

import dev.tandem.earnedvalue.internal.EarnedValueCalculator;
