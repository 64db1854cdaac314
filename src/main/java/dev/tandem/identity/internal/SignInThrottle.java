package dev.tandem.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The sign-in rule of docs/permissions.md. Failures are remembered for 15 minutes by the name typed and the client
 * address. An address with 10 of them is refused. A name with 5 of them is refused only to the addresses they came
 * from, so that guessing a person's password cannot lock that person out. Names are counted whether or not anyone
 * has them, so the answers never tell which exist.
 */
@Component
public class SignInThrottle {

    static final Duration REMEMBERED = Duration.ofMinutes(15);
    static final int FAILURES_PER_ADDRESS = 10;
    static final int FAILURES_PER_NAME = 5;

    private final SignInFailures failures;
    private final Clock clock;

    SignInThrottle(SignInFailures failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    public boolean allows(String username, String address) {
        Instant since = clock.instant().minus(REMEMBERED);
        String name = key(username);
        boolean addressThrottled = failures.countByAddressAndFailedAtAfter(key(address), since) >= FAILURES_PER_ADDRESS;
        boolean nameThrottledHere = failures.countByUsernameAndFailedAtAfter(name, since) >= FAILURES_PER_NAME
                && failures.existsByUsernameAndAddressAndFailedAtAfter(name, key(address), since);
        return !addressThrottled && !nameThrottledHere;
    }

    /** Remembers a failure (and forgets the expired ones); says what it has just throttled, if anything. */
    public List<String> failed(String username, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(REMEMBERED);
        failures.deleteUpTo(since);
        failures.save(new SignInFailure(key(username), key(address), now));
        List<String> throttled = new ArrayList<>();
        if (failures.countByUsernameAndFailedAtAfter(key(username), since) == FAILURES_PER_NAME) {
            throttled.add("name throttled for 15 minutes");
        }
        if (failures.countByAddressAndFailedAtAfter(key(address), since) == FAILURES_PER_ADDRESS) {
            throttled.add("address throttled for 15 minutes");
        }
        return throttled;
    }

    /** The right password from an address clears that name's failures from there; other addresses' stay. */
    public void succeeded(String username, String address) {
        failures.deleteByUsernameAndAddress(key(username), key(address));
    }

    private static String key(String value) {
        String v = value == null ? "unknown" : value.toLowerCase(Locale.ROOT);
        return v.length() <= 64 ? v : v.substring(0, 64);
    }
}
