package dev.tandem.interchange.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class ItemSheetsTests {

    static final ItemSheets.Table TABLE = new ItemSheets.Table(List.of("Key", "Title", "Story points", "Due date"),
            List.of(Arrays.asList("PAY-1", "支付网关", new BigDecimal("5"), LocalDate.of(2027, 3, 1)),
                    Arrays.asList("PAY-2", "=HYPERLINK(\"http://x\")", null, null)));

    @Test
    void anXlsxReadsBackWithTextNumbersAndDates() throws IOException {
        byte[] xlsx = ItemSheets.xlsx(TABLE, "Items");

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Items");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Story points");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("支付网关");
            assertThat(rows.get(1).getCellAsNumber(2)).contains(new BigDecimal("5"));
            assertThat(rows.get(1).getCellAsDate(3).map(d -> d.toLocalDate())).contains(LocalDate.of(2027, 3, 1));
            assertThat(rows.get(2).getCellText(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void aCsvStartsWithAByteOrderMarkAndDisarmsFormulas() {
        String csv = new String(ItemSheets.csv(TABLE), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFKey,Title,Story points,Due date\r\n"
                + "PAY-1,支付网关,5,2027-03-01\r\n"
                + "PAY-2,\"'=HYPERLINK(\"\"http://x\"\")\",,\r\n");
    }
}
