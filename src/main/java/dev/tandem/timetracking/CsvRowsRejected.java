package dev.tandem.timetracking;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.util.Map;

/** A CSV import with bad rows: each named with what is wrong with it; none of the file was stored. */
public class CsvRowsRejected extends InvalidInputException {

    /** {@code rows} maps "row 3" to what is wrong with that row. */
    CsvRowsRejected(Map<String, Text> rows) {
        super(Text.of("problem.import.rowsRejected", rows.size()), rows);
    }
}
