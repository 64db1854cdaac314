package dev.tandem.earnedvalue.internal;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.reporting.EarnedValueSource;
import dev.tandem.shared.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import dev.tandem.earnedvalue.EarnedValueManagement;

/** Gives the weekly sync its earned value: today's for the current week, the snapshot for a past one. */
@Component
class SyncReportEarnedValue implements EarnedValueSource {

    private final EarnedValueManagement earnedValue;
    private final EarnedValueSnapshots snapshots;
    private final PortfolioManagement portfolio;
    private final Clock clock;
    private final TransactionTemplate recording;

    SyncReportEarnedValue(EarnedValueManagement earnedValue, EarnedValueSnapshots snapshots,
                          PortfolioManagement portfolio, Clock clock, PlatformTransactionManager transactions) {
        // the report is read in a read-only transaction; a past week without its record is recorded in one of its own
        this.recording = new TransactionTemplate(transactions);
        this.recording.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.earnedValue = earnedValue;
        this.snapshots = snapshots;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    @Override
    public Optional<Figures> earnedValue(Actor actor, String projectKey, LocalDate monday) {
        if (!monday.isBefore(LocalDate.now(clock).with(DayOfWeek.MONDAY))) {
            return earnedValue.summary(actor, projectKey).map(g -> new Figures(earnedValue.currency(actor, projectKey),
                    g.pv(), g.ev(), g.ac(), g.spi(), g.cpi(), false));
        }
        return recording.execute(status -> {
            long projectId = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).id();
            // reading the figures records the past weeks that have no record yet
            earnedValue.report(actor, projectKey);
            return Optional.ofNullable(snapshots.of(projectId).get(monday)).map(s -> new Figures(
                    earnedValue.currency(actor, projectKey), s.pv(), s.ev(), s.ac(), ratio(s.ev(), s.pv()),
                    ratio(s.ev(), s.ac()), true));
        });
    }

    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? null : a.divide(b, 3, RoundingMode.HALF_UP);
    }
}
