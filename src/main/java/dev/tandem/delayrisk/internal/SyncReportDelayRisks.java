package dev.tandem.delayrisk.internal;

import dev.tandem.reporting.DelayRiskSource;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import dev.tandem.delayrisk.DelayRiskManagement;
import dev.tandem.delayrisk.ItemRisk;

/** Hands the weekly sync report the items above the warning probability, reasons in the reader's language. */
@Component
class SyncReportDelayRisks implements DelayRiskSource {

    private static final int SHOWN = 5;

    private final DelayRiskManagement delayRisk;

    SyncReportDelayRisks(DelayRiskManagement delayRisk) {
        this.delayRisk = delayRisk;
    }

    @Override
    public List<DelayRisk> topDelayRisks(long projectId) {
        return delayRisk.aboveThreshold(projectId, SHOWN, LocaleContextHolder.getLocale()).stream()
                .map(r -> new DelayRisk(r.key(), r.title(), r.percent(), r.reasons().stream().map(ItemRisk.Reason::text)
                        .toList()))
                .toList();
    }
}
