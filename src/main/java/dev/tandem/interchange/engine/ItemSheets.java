package dev.tandem.interchange.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A list of items as a table, written as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese right) or as an
 * Excel workbook. Text that a spreadsheet would take for a formula (starting with =, +, - or @) gets a leading
 * apostrophe, so opening an export runs nothing (CSV injection).
 */
public final class ItemSheets {

    private ItemSheets() {
    }

    /** Cells are text, numbers ({@link BigDecimal}), dates ({@link LocalDate}) or null. */
    public record Table(List<String> header, List<List<Object>> rows) {
    }

    public static byte[] csv(Table table) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(table.header());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(ItemSheets::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(Table table, String sheetName) {
        var out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Tandem", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, table.header().get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof BigDecimal n) {
                        sheet.value(r + 1, c, n);
                    } else if (v instanceof LocalDate d) {
                        sheet.value(r + 1, c, d);
                        sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (v != null) {
                        sheet.value(r + 1, c, safe(v.toString()));
                    }
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : safe(value.toString());
    }

    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
