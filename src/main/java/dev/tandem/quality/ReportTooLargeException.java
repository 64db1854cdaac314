package dev.tandem.quality;

/** A report over {@code tandem.quality.max-report-size}; answered with 413 and nothing stored. */
public class ReportTooLargeException extends RuntimeException {

    public ReportTooLargeException(long limit) {
        super("The report is larger than the limit of " + limit + " bytes.");
    }
}
