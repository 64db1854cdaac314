package dev.tandem.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Single sign-on against a real OpenID Connect provider ({@link OidcTestProvider}), driven through the
 * authorization-code flow by an HTTP client that keeps cookies; local passwords are off here.
 */
class SingleSignOnIntegrationTests extends SingleSignOnTestContext {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?(?:value|content)=\"([^\"]+)\"|(?:value|content)=\"([^\"]+)\"[^>]*?name=\"_csrf\"");

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Autowired
    PortfolioManagement portfolio;

    @Autowired
    JdbcTemplate jdbc;

    HttpClient browser;

    @BeforeEach
    void setUp() {
        OidcTestProvider.tandemBase = tandem("");
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        if (jdbc.queryForObject("select count(*) from project where project_key = ?", Integer.class, PROJECT) == 0) {
            portfolio.createProject(admin(), PROJECT, "Payments", null, null, LocalDate.of(2027, 1, 4));
        }
    }

    @Test
    void theSignInPageOffersTheProviderAndNoPasswordForm() throws Exception {
        HttpResponse<String> page = get(URI.create(tandem("/signin")));

        assertThat(page.body()).contains("Sign in with Test IdP").contains("/oauth2/authorization/oidc")
                .doesNotContain("name=\"password\"");
    }

    @Test
    void aFirstSignInCreatesThePersonAppliesTheGroupsAndLaterSignInsMatchBySubject() throws Exception {
        String email = "alice-" + UUID.randomUUID() + "@example.test";
        OidcTestProvider.CLAIMS.put("alice", Map.of("email", email, "email_verified", true,
                "groups", List.of("tandem-admins", "pay-pm", "unmapped")));

        HttpResponse<String> home = signIn("alice", UnaryOperator.identity());

        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.statusCode()).isEqualTo(200);
        var person = jdbc.queryForMap("select id, username, org_role from person where email = ?", email);
        assertThat(person.get("org_role")).isEqualTo("ADMIN");
        assertThat(jdbc.queryForObject("select subject from external_identity where person_id = ?", String.class,
                person.get("id"))).isEqualTo("alice");
        String username = (String) person.get("username");
        assertThat(portfolio.members(admin(), PROJECT)).anyMatch(m -> m.username().equals(username)
                && m.role().name().equals("PM"));
        assertThat(get(URI.create(tandem("/account"))).statusCode()).isEqualTo(200);

        // the provider now sends another address and no groups: the same person, without the organisation role
        OidcTestProvider.CLAIMS.put("alice", Map.of("email", "other-" + email, "email_verified", true, "groups", List.of("someone-else")));
        newBrowser();
        signIn("alice", UnaryOperator.identity());
        assertThat(jdbc.queryForObject("select org_role from person where username = ?", String.class, username)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Integer.class, "other-" + email)).isZero();
        assertThat(get(URI.create(tandem("/"))).statusCode()).isEqualTo(200);
    }

    @Test
    void aVerifiedEmailLinksAnExistingPerson() throws Exception {
        String username = "bob-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.test";
        identity.create(admin(), new PersonDraft(username, "Bob", email, null, null, null, null, null, null));
        OidcTestProvider.CLAIMS.put("bob", Map.of("email", email.toUpperCase(), "email_verified", true));

        assertThat(signIn("bob", UnaryOperator.identity()).uri().getPath()).isEqualTo("/");

        assertThat(jdbc.queryForObject("select p.username from external_identity x join person p on p.id = x.person_id"
                + " where x.subject = 'bob'", String.class)).isEqualTo(username);
        assertThat(jdbc.queryForObject("select count(*) from person where lower(email) = ?", Integer.class, email)).isOne();

        // another account at the provider with the same address does not get the same person
        OidcTestProvider.CLAIMS.put("frank", Map.of("email", email, "email_verified", true));
        newBrowser();
        HttpResponse<String> refused = signIn("frank", UnaryOperator.identity());
        assertThat(refused.uri().toString()).isEqualTo(tandem("/signin?refused"));
        assertThat(jdbc.queryForObject("select count(*) from external_identity where subject = 'frank'", Integer.class)).isZero();
    }

    @Test
    void anUnverifiedEmailIsRefusedWithAClearMessage() throws Exception {
        String email = "carol-" + UUID.randomUUID() + "@example.test";
        OidcTestProvider.CLAIMS.put("carol", Map.of("email", email, "email_verified", false));

        HttpResponse<String> page = signIn("carol", UnaryOperator.identity());

        assertThat(page.uri().getPath()).isEqualTo("/signin");
        assertThat(page.body()).contains("belongs to nobody here");
        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Integer.class, email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from external_identity where subject = 'carol'", Integer.class)).isZero();
        assertSignedOut();
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
        OidcTestProvider.CLAIMS.put("dave", Map.of("email", "dave-" + UUID.randomUUID() + "@example.test",
                "email_verified", true));
        signIn("dave", UnaryOperator.identity());
        String csrf = csrf(get(URI.create(tandem("/"))).body());

        List<URI> visited = new ArrayList<>();
        HttpResponse<String> signedOut = follow(post(URI.create(tandem("/signout")), "_csrf=" + csrf), uri -> {
            visited.add(uri);
            return uri;
        });

        assertThat(signedOut.uri().toString()).isEqualTo(tandem("/signin?signedout"));
        assertThat(visited).anyMatch(uri -> uri.getPath().equals("/connect/logout")
                && uri.getQuery().contains("id_token_hint="));
        assertSignedOut();
        // the provider's session is gone too: signing in again asks for the password
        HttpResponse<String> again = follow(HttpRequest.newBuilder(URI.create(tandem("/oauth2/authorization/oidc"))).build(),
                UnaryOperator.identity());
        assertThat(again.uri().getPath()).isEqualTo("/login");
    }

    @Test
    void aCallbackWithAnotherStateIsRefused() throws Exception {
        OidcTestProvider.CLAIMS.put("alice", Map.of("email", "alice-" + UUID.randomUUID() + "@example.test",
                "email_verified", true));

        HttpResponse<String> page = signIn("alice", uri -> uri.getPath().equals("/login/oauth2/code/oidc")
                ? UriComponentsBuilder.fromUri(uri).replaceQueryParam("state", "forged").build(true).toUri() : uri);

        assertThat(page.uri().toString()).isEqualTo(tandem("/signin?ssoerror"));
        assertSignedOut();
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        OidcTestProvider.CLAIMS.put("alice", Map.of("email", "alice-" + UUID.randomUUID() + "@example.test",
                "email_verified", true));

        HttpResponse<String> page = signIn("alice", uri -> uri.getPath().equals("/oauth2/authorize")
                ? UriComponentsBuilder.fromUri(uri).replaceQueryParam("nonce", "forged").build(true).toUri() : uri);

        assertThat(page.uri().toString()).isEqualTo(tandem("/signin?ssoerror"));
        assertSignedOut();
    }

    @Test
    void passwordsAreRefusedButPersonalAccessTokensStillWork() throws Exception {
        String csrf = csrf(get(URI.create(tandem("/signin"))).body());
        HttpResponse<String> posted = browser.send(post(URI.create(tandem("/signin")),
                "_csrf=" + csrf + "&username=admin&password=" + OidcTestProvider.PASSWORD), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signin"));
        assertSignedOut();

        HttpResponse<String> basic = browser.send(HttpRequest.newBuilder(URI.create(tandem("/api/v1/me/tokens")))
                .header("Authorization", dev.tandem.support.Api.basicAuthorization("admin", dev.tandem.support.Api.ADMIN_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);

        String token = identity.issueToken(admin(), "sso-test", 1).token();
        HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tandem("/api/v1/me")))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"admin\"");
    }

    private HttpResponse<String> signIn(String user, UnaryOperator<URI> rewrite) throws Exception {
        HttpResponse<String> login = follow(HttpRequest.newBuilder(URI.create(tandem("/oauth2/authorization/oidc"))).build(),
                rewrite);
        assertThat(login.uri().getPath()).as("the provider's sign-in page").isEqualTo("/login");
        String form = "username=" + user + "&password=" + enc(OidcTestProvider.PASSWORD) + "&_csrf=" + enc(csrf(login.body()));
        return follow(post(login.uri(), form), rewrite);
    }

    private void assertSignedOut() throws Exception {
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(tandem("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signin"));
    }

    /** Sends the request and follows redirects (each address first passed through {@code rewrite}). */
    private HttpResponse<String> follow(HttpRequest request, UnaryOperator<URI> rewrite)
            throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; response.statusCode() / 100 == 3; hops++) {
            assertThat(hops).as("redirects").isLessThan(15);
            URI next = rewrite.apply(response.uri().resolve(response.headers().firstValue("Location").orElseThrow()));
            response = browser.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return follow(HttpRequest.newBuilder(uri).build(), UnaryOperator.identity());
    }

    private static HttpRequest post(URI uri, String form) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String csrf(String html) {
        var m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in %s", html).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String tandem(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private Actor admin() {
        var admin = identity.get("admin");
        return new Actor(admin.id(), admin.username(), admin.orgRole());
    }
}
