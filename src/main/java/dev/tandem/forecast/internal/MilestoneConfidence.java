package dev.tandem.forecast.internal;

import dev.tandem.forecast.ForecastManagement;
import dev.tandem.forecast.MonteCarloForecast;
import dev.tandem.schedule.MilestoneConfidenceSource;
import dev.tandem.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The milestone panel's P50 and P85: the forecast page's default simulation (10,000 iterations, seed 1). */
@Component
class MilestoneConfidence implements MilestoneConfidenceSource {

    private final ForecastManagement forecasts;

    MilestoneConfidence(ForecastManagement forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public Map<String, Confidence> milestoneConfidence(Actor actor, String projectKey) {
        Map<String, Confidence> confidence = new LinkedHashMap<>();
        for (MonteCarloForecast.Milestone m : forecasts.forecast(actor, projectKey, null, null, null).milestones()) {
            confidence.put(m.key(), new Confidence(m.percentiles().p50(), m.percentiles().p85()));
        }
        return confidence;
    }
}
