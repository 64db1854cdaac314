package dev.tandem.register;

import dev.tandem.schedule.RiskSource;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Hands the weekly sync report the risks above each project's threshold. */
@Component
class SyncReportRisks implements RiskSource {

    private final RiskManagement risks;

    SyncReportRisks(RiskManagement risks) {
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
