package dev.tandem.delivery.internal;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.reporting.DeliverySource;
import dev.tandem.shared.Actor;
import java.util.Optional;
import org.springframework.stereotype.Component;
import dev.tandem.delivery.DeliveryManagement;
import dev.tandem.delivery.DoraReport;

/** Hands the weekly sync report the project's DORA metrics of the last 90 days, when it has an integration. */
@Component
class SyncReportDelivery implements DeliverySource {

    private final DeliveryManagement delivery;
    private final Integrations integrations;
    private final PortfolioManagement portfolio;

    SyncReportDelivery(DeliveryManagement delivery, Integrations integrations, PortfolioManagement portfolio) {
        this.delivery = delivery;
        this.integrations = integrations;
        this.portfolio = portfolio;
    }

    @Override
    public Optional<Figures> delivery(Actor actor, String projectKey) {
        long projectId = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).id();
        if (integrations.findByProjectIdOrderByIdAsc(projectId).isEmpty()) {
            return Optional.empty();
        }
        DoraReport r = delivery.dora(actor, projectKey, null, DeliveryManagement.DEFAULT_DAYS);
        return Optional.of(new Figures(r.deploymentFrequency().count(), r.deploymentFrequency().value(),
                r.deploymentFrequency().band(), r.leadTime().value(), r.leadTime().band(),
                r.changeFailureRate().value(), r.changeFailureRate().band(), r.timeToRestore().value(),
                r.timeToRestore().band(), r.bandSource()));
    }
}
