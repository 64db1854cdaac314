package dev.tandem.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The item list exported as CSV and as Excel, read back. */
@TandemIntegrationTest
class ItemExportIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void theItemListExportsAsCsvAndAsAnXlsxThatReadsBack() throws Exception {
        var p = api.projectWithItem();
        api.newItem(p.pm().token(), p.project(), Map.of("type", "story", "title", "支付网关接入", "storyPoints", 8,
                "labels", List.of("api", "payments"), "dueDate", "2027-03-01"));

        Response csv = api.get(p.pm().token(), "/api/v1/projects/" + p.project() + "/exports/items.csv");
        var xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/projects/" + p.project() + "/exports/items.xlsx"))
                .header("Authorization", "Bearer " + p.pm().token()).build(), BodyHandlers.ofByteArray());

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFKey,Type,Title,Status").contains(p.item() + ",task,Design,Backlog",
                "story,支付网关接入,Backlog", "api payments,8,", "2027-03-01");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Key");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(p.item());
            assertThat(rows.get(2).getCellText(2)).isEqualTo("支付网关接入");
            assertThat(rows.get(2).getCellAsNumber(8)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("8"));
        }
    }
}
