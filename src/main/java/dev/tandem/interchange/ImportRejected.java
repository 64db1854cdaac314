package dev.tandem.interchange;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.util.LinkedHashMap;
import java.util.Map;

/** An import whose rows are not all valid: nothing of it was written; the report names each bad row. */
public class ImportRejected extends InvalidInputException {

    private final transient ImportReport report;

    ImportRejected(ImportReport report) {
        super(Text.of("problem.import.rowsRejected", report.errors().size()), rows(report));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }

    private static Map<String, Text> rows(ImportReport report) {
        Map<String, String> rows = new LinkedHashMap<>();
        report.errors().stream().limit(100).forEach(e -> rows.merge("line " + e.line(), e.message(), (a, b) -> a + " " + b));
        Map<String, Text> texts = new LinkedHashMap<>();
        rows.forEach((line, message) -> texts.put(line, Text.of(Text.VERBATIM, message)));
        return texts;
    }
}
