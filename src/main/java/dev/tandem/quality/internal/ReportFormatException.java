package dev.tandem.quality.internal;

/** A report that cannot be read, with where: "line 3, column 17: unexpected end of input". */
public final class ReportFormatException extends RuntimeException {

    public ReportFormatException(String problem) {
        super(problem);
    }

    public static ReportFormatException at(long line, long column, String problem) {
        return new ReportFormatException(column > 0 ? "line " + line + ", column " + column + ": " + problem
                : "line " + line + ": " + problem);
    }
}
