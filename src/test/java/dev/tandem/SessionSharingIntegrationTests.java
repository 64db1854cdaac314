package dev.tandem;

import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Two Tandem processes on one database, as behind a load balancer: a person signed in through one
 * is recognised by the other, because browser sessions live in the database.
 */
@TandemIntegrationTest
class SessionSharingIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int firstPort;

    @Test
    void aSessionStartedOnOneNodeIsHonouredByAnother() throws Exception {
        try (var second = new SpringApplicationBuilder(TandemApplication.class).properties("server.port=0").run()) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            // One cookie jar for both, as a browser sees one site behind the balancer (cookies ignore the port).
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

            String signInPage = browser.send(get(firstPort, "/signin"), HttpResponse.BodyHandlers.ofString()).body();
            var csrf = CSRF.matcher(signInPage);
            assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
            String form = "username=admin&password=" + URLEncoder.encode("test-admin-password-0", StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            var signIn = browser.send(HttpRequest.newBuilder(uri(firstPort, "/signin"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

            var onSecondNode = browser.send(get(secondPort, "/"), HttpResponse.BodyHandlers.ofString());
            assertThat(onSecondNode.statusCode()).isEqualTo(200);
            assertThat(onSecondNode.body()).contains("admin");

            var anonymous = HttpClient.newHttpClient().send(get(secondPort, "/"), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as("without the session the second node asks to sign in").isEqualTo(302);
        }
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(uri(port, path)).GET().build();
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
