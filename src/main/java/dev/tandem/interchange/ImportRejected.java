package dev.tandem.interchange;

import dev.tandem.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** An import whose rows are not all valid: nothing of it was written; the report names each bad row. */
public class ImportRejected extends InvalidInputException {

    private final transient ImportReport report;

    ImportRejected(ImportReport report) {
        super(report.errors().size() + (report.errors().size() == 1 ? " row is" : " rows are")
                + " not valid, so nothing was imported: " + String.join("; ", report.errors().stream().limit(20)
                .map(e -> (e.line() > 0 ? "line " + e.line() + ": " : "") + e.message()).toList()));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }

    @Override
    public Map<String, String> fieldErrors() {
        Map<String, String> rows = new LinkedHashMap<>();
        report.errors().stream().limit(100).forEach(e -> rows.merge("line " + e.line(), e.message(), (a, b) -> a + " " + b));
        return rows;
    }
}
