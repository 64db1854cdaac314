package dev.tandem.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.support.Api;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Password sign-in by an LDAP bind against UnboundID's in-memory directory, loaded from {@code ldap/directory.ldif}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LdapSignInIntegrationTests {

    static final String PROJECT = "LDPAY";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");
    static InMemoryDirectoryServer directory;

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) {
        registry.add("tandem.ldap.url", () -> "ldap://localhost:" + start() + "/dc=tandem,dc=test");
        registry.add("tandem.ldap.user-dn-pattern", () -> "uid={0},ou=people");
        registry.add("tandem.ldap.group-search-base", () -> "ou=groups");
        registry.add("tandem.ldap.group-mapping", () -> "tandem-admins=ADMIN;pay-devs=project:" + PROJECT + ":ENGINEER");
        registry.add("tandem.ldap.create-people", () -> "true");
    }

    static synchronized int start() {
        try {
            if (directory == null) {
                var config = new InMemoryDirectoryServerConfig("dc=tandem,dc=test");
                config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
                directory = new InMemoryDirectoryServer(config);
                directory.importFromLDIF(true, new ClassPathResource("ldap/directory.ldif").getFile());
                directory.startListening();
            }
            return directory.getListenPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Autowired
    PortfolioManagement portfolio;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void project() {
        if (jdbc.queryForObject("select count(*) from project where project_key = ?", Integer.class, PROJECT) == 0) {
            var admin = identity.get(Api.ADMIN);
            portfolio.createProject(new Actor(admin.id(), admin.username(), admin.orgRole()), PROJECT, "Payments", null,
                    null, LocalDate.of(2027, 1, 4));
        }
    }

    @Test
    void theDirectoryPasswordSignsInCreatesThePersonAndMapsTheGroups() throws Exception {
        assertThat(signIn("lena", "lena-directory-password-7")).isEqualTo("/");

        var person = jdbc.queryForMap("select id, username, org_role from person where email = ?", "lena@directory.tandem.test");
        assertThat(person.get("org_role")).isEqualTo("ADMIN");
        assertThat(jdbc.queryForObject("select subject from external_identity where person_id = ?", String.class,
                person.get("id"))).isEqualToIgnoringCase("uid=lena,ou=people,dc=tandem,dc=test");
        assertThat(portfolio.members(Actor.system(), PROJECT)).anyMatch(m -> m.username().equals(person.get("username"))
                && m.role().name().equals("ENGINEER"));
    }

    @Test
    void aWrongDirectoryPasswordIsRefusedAndCreatesNobody() throws Exception {
        assertThat(signIn("omar", "not-omars-password")).isEqualTo("/signin?error");

        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Integer.class,
                "omar@directory.tandem.test")).isZero();
    }

    @Test
    void tandemsOwnPasswordsStillWorkBesideTheDirectory() throws Exception {
        assertThat(signIn(Api.ADMIN, Api.ADMIN_PASSWORD)).isEqualTo("/");
    }

    /** Where the sign-in form's answer redirects to. */
    private String signIn(String username, String password) throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        var page = browser.send(HttpRequest.newBuilder(URI.create(tandem("/signin"))).build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        var answer = browser.send(HttpRequest.newBuilder(URI.create(tandem("/signin")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(302);
        return URI.create(tandem("/")).resolve(answer.headers().firstValue("Location").orElseThrow()).getRawPath()
                + (answer.headers().firstValue("Location").orElseThrow().contains("?error") ? "?error" : "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String tandem(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
