package dev.tandem.quality.internal;

import dev.tandem.shared.Text;

/** A report that cannot be read, with where: "line 3, column 17: unexpected end of input". */
public final class ReportFormatException extends RuntimeException {

    private final transient Text text;

    /** The message is the English wording; {@link #text()} renders it in the reader's language. */
    public ReportFormatException(Text problem) {
        super(problem.english());
        this.text = problem;
    }

    public Text text() {
        return text;
    }

    public static ReportFormatException at(long line, long column, Text problem) {
        return new ReportFormatException(column > 0 ? Text.of("problem.quality.lineColumn", line, column, problem)
                : Text.of("problem.quality.line", line, problem));
    }
}
