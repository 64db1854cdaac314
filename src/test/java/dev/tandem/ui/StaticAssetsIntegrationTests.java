package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.TandemIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages arrive compressed, and their stylesheet and scripts under content-hashed names that browsers keep for a year. */
@TandemIntegrationTest
class StaticAssetsIntegrationTests {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/tandem-[0-9a-f]{32}\\.css)\"");
    private static final Pattern SCRIPT = Pattern.compile("src=\"(/js/app-[0-9a-f]{32}\\.js)\"");
    private static final Pattern ICON = Pattern.compile("href=\"(/favicon-[0-9a-f]{32}\\.svg)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void assetsCarryAHashOfTheirContentAndAreKeptForAYear() throws Exception {
        String page = get("/signin", false).body();
        Matcher stylesheet = STYLESHEET.matcher(page);
        Matcher script = SCRIPT.matcher(page);
        Matcher icon = ICON.matcher(page);
        assertThat(stylesheet.find()).as("the stylesheet's link carries a content hash: %s", page).isTrue();
        assertThat(script.find()).as("the script's link carries a content hash").isTrue();
        assertThat(icon.find()).as("the favicon's link carries a content hash").isTrue();

        // served to anyone: a browser that signs in must not be sent back to one of them afterwards
        for (String asset : new String[] {stylesheet.group(1), script.group(1), icon.group(1)}) {
            HttpResponse<String> response = get(asset, false);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                    assertThat(value).contains("max-age=31536000").contains("public"));
        }
    }

    @Test
    void pagesAndAssetsAreCompressedForBrowsersThatAcceptIt() throws Exception {
        HttpResponse<String> page = get("/signin", true);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        Matcher stylesheet = STYLESHEET.matcher(get("/signin", false).body());
        assertThat(stylesheet.find()).isTrue();
        assertThat(get(stylesheet.group(1), true).headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(get("/signin", false).headers().firstValue("Content-Encoding")).isEmpty();
    }

    private HttpResponse<String> get(String path, boolean gzip) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
