package dev.tandem.register.internal;

import dev.tandem.register.RiskManagement;

import dev.tandem.reporting.RiskSource;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Hands the weekly sync report the risks above each project's threshold. */
@Component
public class SyncReportRisks implements RiskSource {

    private final RiskManagement risks;

    public SyncReportRisks(RiskManagement risks) {
        this.risks = risks;
    }

    @Override
    public List<Risk> risksAboveThreshold(long projectId) {
        return risks.risksAbove(projectId).stream()
                .map(r -> new Risk(r.label() + " " + r.title(), r.score(), r.ownerName(),
                        r.status().name().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
