package dev.tandem.timetracking;

import dev.tandem.shared.InvalidInputException;
import java.util.Map;

/** A CSV import with bad rows: each named with what is wrong with it; none of the file was stored. */
public class CsvRowsRejected extends InvalidInputException {

    private final Map<String, String> rows;

    CsvRowsRejected(Map<String, String> rows) {
        super(rows.size() + (rows.size() == 1 ? " row is" : " rows are")
                + " not valid, so nothing was imported: " + String.join("; ", rows.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toList()));
        this.rows = Map.copyOf(rows);
    }

    @Override
    public Map<String, String> fieldErrors() {
        return rows;
    }
}
