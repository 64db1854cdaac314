package dev.tandem.demo.internal;

import dev.tandem.demo.internal.DemoLoader.Loaded;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.system.StartupLock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code tandem.demo=true}, fills a database that holds no project with the demo organisation, acting as
 * user {@code admin} (created by the identity module's runner, which goes first).
 * <p>
 * The check and the whole load run in one transaction: a crash half-way leaves nothing behind, so the next
 * start finds no project and loads again from scratch. A database that holds any project is never touched.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final IdentityManagement identity;
    private final PortfolioManagement portfolio;
    private final DemoLoader loader;
    private final StartupLock startupLock;

    DemoData(@Value("${tandem.demo:false}") boolean enabled, IdentityManagement identity,
             PortfolioManagement portfolio, DemoLoader loader, StartupLock startupLock) {
        this.enabled = enabled;
        this.identity = identity;
        this.portfolio = portfolio;
        this.loader = loader;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        Actor admin = identity.findByUsername("admin")
                .map(p -> new Actor(p.id(), p.username(), p.orgRole()))
                .orElseThrow(() -> new IllegalStateException("The demo is loaded as user 'admin', who does not exist."));
        long started = System.nanoTime();
        // under the start-up lock: of several processes starting at once on an empty database, one loads the demo
        Optional<Loaded> loaded = startupLock.holding(() -> portfolio.visibleProjects(admin).isEmpty()
                ? Optional.of(loader.load(admin)) : Optional.empty());
        loaded.ifPresentOrElse(
                l -> log.info("Loaded the demo organisation in {} ms: {} people, items per project {}, {} dependencies, "
                                + "{} comments.", (System.nanoTime() - started) / 1_000_000, l.people(),
                        l.itemsByProject(), l.dependencies(), l.comments()),
                () -> log.info("Demo data not loaded: the database already holds projects."));
    }
}
