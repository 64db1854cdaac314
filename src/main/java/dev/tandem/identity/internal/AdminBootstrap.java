package dev.tandem.identity.internal;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.system.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates user {@code admin} on the first start; a generated password is printed this once. Under the start-up lock,
 * so that of several processes starting at once on an empty database one creates it and the others find it.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final IdentityManagement identity;
    private final String configuredPassword;
    private final StartupLock startupLock;

    AdminBootstrap(IdentityManagement identity, @Value("${tandem.admin-password:}") String configuredPassword,
                   StartupLock startupLock) {
        this.identity = identity;
        this.configuredPassword = configuredPassword;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        startupLock.holding(() -> identity.ensureAdmin(configuredPassword)).ifPresent(password -> log.warn(
                "Created user 'admin' with the generated password {} — it is shown only this once; change it after signing in.",
                password));
    }
}
