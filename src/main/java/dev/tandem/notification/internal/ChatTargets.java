package dev.tandem.notification.internal;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.OutboundAddressGuard;
import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where chat messages may go: HTTPS URLs whose host resolves to public addresses only ({@link OutboundAddressGuard}),
 * unless {@code tandem.notifications.allow-private-targets} lets a test or an intranet chat use http and private
 * addresses. Checked when a channel is saved and again before each message.
 */
@Component
public class ChatTargets {

    private final boolean allowPrivate;
    private final OutboundAddressGuard guard;

    ChatTargets(@Value("${tandem.notifications.allow-private-targets:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
        this.guard = new OutboundAddressGuard(allowPrivate, java.net.InetAddress::getAllByName);
    }

    public URI check(String url) {
        URI uri = guard.check(url);
        if (!allowPrivate && !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
            throw new InvalidInputException("url", Text.of("problem.notification.https"));
        }
        return uri;
    }
}
