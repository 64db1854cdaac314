package dev.tandem.quality;

/**
 * What comes with a report: its format, the commit it was made from (any string up to 64 characters: Tandem need not
 * know the commit), and optionally the branch and the commit message, where item keys link the report to items.
 */
public record ReportUpload(String format, String commit, String branch, String message) {
}
