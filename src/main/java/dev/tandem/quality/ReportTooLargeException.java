package dev.tandem.quality;

import dev.tandem.shared.Text;

/** A report over {@code tandem.quality.max-report-size}; answered with 413 and nothing stored. */
public class ReportTooLargeException extends RuntimeException {

    private final transient Text text;

    public ReportTooLargeException(long limit) {
        this(Text.of("problem.quality.reportTooLarge", limit));
    }

    private ReportTooLargeException(Text text) {
        super(text.english());
        this.text = text;
    }

    /** Why, to be rendered in the reader's language. */
    public Text text() {
        return text;
    }
}
