package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.InvalidInputException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names resolve through a fixed table, so no test depends on DNS. */
class OutboundAddressGuardTests {

    private static final Map<String, String[]> DNS = Map.of(
            "hooks.example.com", new String[] {"93.184.216.34"},
            "mixed.example.com", new String[] {"93.184.216.34", "10.1.2.3"},
            "intranet.example.com", new String[] {"192.168.1.20"},
            "v6.example.com", new String[] {"2606:2800:220:1:248:1893:25c8:1946"});

    private final OutboundAddressGuard guard = new OutboundAddressGuard(false, OutboundAddressGuardTests::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] addresses = DNS.get(host);
        if (addresses == null) {
            // literals resolve without a lookup
            if (host.matches("[0-9.]+|.*:.*")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] result = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            result[i] = InetAddress.getByName(addresses[i]);
        }
        return result;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1|a loopback address",
            "127.8.9.10|a loopback address",
            "::1|a loopback address",
            "10.0.0.1|a private address",
            "172.16.5.4|a private address",
            "172.31.255.255|a private address",
            "192.168.0.1|a private address",
            "fc00::1|a private address",
            "fd12:3456::1|a private address",
            "169.254.169.254|a link-local address",
            "fe80::1|a link-local address",
            "0.0.0.0|an unspecified address",
            "::|an unspecified address",
            "0.1.2.3|an unspecified address",
            "::ffff:127.0.0.1|a loopback address",
            "::ffff:10.0.0.1|a private address"})
    void namesWhyAnAddressIsNotPublic(String address, String reason) throws UnknownHostException {
        assertThat(OutboundAddressGuard.refusal(InetAddress.getByName(address))).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({"93.184.216.34", "172.32.0.1", "172.15.255.255", "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946",
            "fe00::1"})
    void letsPublicAddressesThrough(String address) throws UnknownHostException {
        assertThat(OutboundAddressGuard.refusal(InetAddress.getByName(address))).isNull();
    }

    @Test
    void acceptsAnHttpsUrlWhoseHostIsPublic() {
        assertThat(guard.check(" https://hooks.example.com/tandem?x=1 ").toString())
                .isEqualTo("https://hooks.example.com/tandem?x=1");
        assertThat(guard.check("http://[2606:2800:220:1:248:1893:25c8:1946]:8080/h").getPort()).isEqualTo(8080);
    }

    @Test
    void refusesAHostWithAnyPrivateAddressNamingTheAddressAndWhy() {
        assertThatThrownBy(() -> guard.check("https://mixed.example.com/h")).isInstanceOf(InvalidInputException.class)
                .hasMessage("url resolves to 10.1.2.3, a private address; private targets are not allowed on this server");
        assertThatThrownBy(() -> guard.check("http://127.0.0.1:8080/h")).hasMessageContaining("a loopback address");
        assertThatThrownBy(() -> guard.check("http://[::1]/h")).hasMessageContaining("a loopback address");
        assertThatThrownBy(() -> guard.check("http://169.254.169.254/latest/meta-data"))
                .hasMessageContaining("a link-local address");
        assertThatThrownBy(() -> guard.check("http://intranet.example.com/")).hasMessageContaining("192.168.1.20");
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> guard.check("ftp://hooks.example.com/h")).hasMessage("url must start with http:// or https://");
        assertThatThrownBy(() -> guard.check("file:///etc/passwd")).hasMessage("url must start with http:// or https://");
        assertThatThrownBy(() -> guard.check("hooks.example.com/h")).hasMessage("url must start with http:// or https://");
        assertThatThrownBy(() -> guard.check("http://exa mple.com/")).hasMessage("url is not a valid URL");
        assertThatThrownBy(() -> guard.check("http:///nohost")).hasMessage("url has no host");
        assertThatThrownBy(() -> guard.check("https://user:pw@hooks.example.com/"))
                .hasMessage("url must not carry a user name or password");
        assertThatThrownBy(() -> guard.check("https://nowhere.example.com/"))
                .hasMessage("url names a host that does not resolve: nowhere.example.com");
    }

    @Test
    void anAdministratorMayAllowPrivateTargets() {
        var lenient = new OutboundAddressGuard(true, OutboundAddressGuardTests::resolve);

        assertThat(lenient.check("http://127.0.0.1:8080/h").getHost()).isEqualTo("127.0.0.1");
        assertThat(lenient.check("http://intranet.example.com/").getHost()).isEqualTo("intranet.example.com");
        assertThatThrownBy(() -> lenient.check("ftp://127.0.0.1/")).isInstanceOf(InvalidInputException.class);
    }
}
