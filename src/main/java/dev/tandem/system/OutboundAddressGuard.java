package dev.tandem.system;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps requests that Tandem sends on someone's behalf (webhooks) away from its own network: a URL must be http(s)
 * and every address its host resolves to must be public, unless the administrator allows private targets
 * ({@code tandem.webhooks.allow-private-targets}). Checked when a URL is saved and again before each request, since
 * what a name resolves to may change.
 */
@Component
public class OutboundAddressGuard {

    /** Looks a host name up; a seam for tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Autowired
    OutboundAddressGuard(@Value("${tandem.webhooks.allow-private-targets:false}") boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public OutboundAddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL, parsed, if it is http(s) with a host whose addresses are all allowed; otherwise 400 naming why. */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", Text.of("problem.system.invalidUrl"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidInputException("url", Text.of("problem.system.httpScheme"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidInputException("url", Text.of("problem.system.noHost"));
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidInputException("url", Text.of("problem.system.userInfo"));
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(hostOf(uri));
        } catch (UnknownHostException e) {
            throw new InvalidInputException("url", Text.of("problem.system.unresolvedHost", uri.getHost()));
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                Text refusal = reason(address);
                if (refusal != null) {
                    throw new InvalidInputException("url", Text.of("problem.system.privateTarget",
                            address.getHostAddress(), refusal));
                }
            }
        }
        return uri;
    }

    /** Why the address is not a public one, in English, or null if it is. */
    public static String refusal(InetAddress address) {
        Text reason = reason(address);
        return reason == null ? null : reason.english();
    }

    /** Why the address is not a public one, or null if it is. */
    private static Text reason(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Text.of("problem.system.unspecifiedAddress");
        }
        if (address.isLoopbackAddress()) {
            return Text.of("problem.system.loopbackAddress");
        }
        if (address.isLinkLocalAddress()) {
            return Text.of("problem.system.linkLocalAddress");
        }
        if (address.isSiteLocalAddress()) {
            return Text.of("problem.system.privateAddress");
        }
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            // fc00::/7, unique local; Java reads IPv4-mapped IPv6 addresses as IPv4 ones already
            if ((b[0] & 0xfe) == 0xfc) {
                return Text.of("problem.system.privateAddress");
            }
        }
        if (address instanceof Inet4Address && (address.getAddress()[0] & 0xff) == 0) {
            return Text.of("problem.system.unspecifiedAddress");
        }
        return null;
    }

    /** The host without the brackets of an IPv6 literal. */
    private static String hostOf(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
