package dev.tandem.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A published report: its figures, the gate's verdict with the failed conditions (English sentences, and codes with
 * figures for translation), and per component its findings and coverage. Line and branch coverage are percentages,
 * null for a findings report or when nothing was counted.
 */
public record ReportView(long id, String kind, String format, String tool, String commit, String branch,
                         String message, List<String> items, String uploadedBy, Instant createdAt, int openFindings,
                         int newFindings, int fixedFindings, BigDecimal lineCoverage, BigDecimal branchCoverage,
                         Long linesCovered, Long linesTotal, Long previousReport, boolean gatePassed,
                         List<GateReason> gateReasons, List<ComponentView> components) {

    /** A failed gate condition. */
    public record GateReason(String code, List<String> figures, String text) {
    }

    /** One component's figures in the report. */
    public record ComponentView(String component, int critical, int high, int medium, int low, int newFindings,
                                int fixedFindings, BigDecimal lineCoverage, BigDecimal branchCoverage) {

        public int open() {
            return critical + high + medium + low;
        }
    }
}
