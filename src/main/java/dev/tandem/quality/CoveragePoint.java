package dev.tandem.quality;

import java.math.BigDecimal;
import java.time.Instant;

/** A coverage report's line and branch coverage (in percent, null when nothing was counted), oldest first in a trend. */
public record CoveragePoint(long report, String commit, Instant at, BigDecimal lineCoverage, BigDecimal branchCoverage,
                            boolean gatePassed) {
}
