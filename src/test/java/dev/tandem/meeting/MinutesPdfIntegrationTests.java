package dev.tandem.meeting;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The minutes exported as PDF through the API: an attachment whose text holds the Chinese and English minutes. */
@TandemIntegrationTest
class MinutesPdfIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void theMinutesPdfIsAnAttachmentWithTheChineseAndEnglishTextOfTheMinutes() throws Exception {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person outsider = api.newPerson();
        String path = "/api/v1/projects/" + project + "/meetings";
        Response meeting = api.post(pm.token(), path, fields("kind", "weekly_sync", "title", "周会 Weekly sync",
                "start", "2027-01-04T10:00", "timeZone", "Asia/Shanghai", "durationMinutes", 60));
        String one = path + "/" + meeting.number("id");
        api.send("PUT", one + "/minutes", "Bearer " + pm.token(), fields("text",
                "决定：先上线支付宝。\n\nThe vendor confirmed the sandbox keys.", "version", 0));
        api.post(pm.token(), one + "/decisions", fields("text", "采用 PostgreSQL 15"));

        HttpResponse<byte[]> pdf = download(one + "/minutes.pdf", pm.token());
        HttpResponse<byte[]> refused = download(one + "/minutes.pdf", outsider.token());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment").contains("minutes.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("周会 Weekly sync", "决定：先上线支付宝",
                    "The vendor confirmed the sandbox keys.", "采用 PostgreSQL 15", "Decisions");
        }
        assertThat(refused.statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> download(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
