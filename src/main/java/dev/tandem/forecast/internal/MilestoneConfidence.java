package dev.tandem.forecast.internal;

import dev.tandem.forecast.ForecastManagement;
import dev.tandem.forecast.MonteCarloForecast;
import dev.tandem.schedule.MilestoneConfidenceSource;
import dev.tandem.schedule.ProjectSchedule;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The milestone panel's and the Gantt's P50 and P85: the forecast page's default simulation (10,000 iterations,
 * seed 1). The Gantt asks on every redraw, so a project's answer is kept while its schedule stays the same (every
 * item's version and dates) and for ten minutes at most; the schedule is read first, which also checks access.
 */
@Component
class MilestoneConfidence implements MilestoneConfidenceSource {

    private static final Duration KEPT = Duration.ofMinutes(10);

    private final ForecastManagement forecasts;
    private final ScheduleManagement schedules;
    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(int schedule, Instant at, Map<String, Confidence> confidence) {
    }

    MilestoneConfidence(ForecastManagement forecasts, ScheduleManagement schedules, Clock clock) {
        this.forecasts = forecasts;
        this.schedules = schedules;
        this.clock = clock;
    }

    @Override
    public Map<String, Confidence> milestoneConfidence(Actor actor, String projectKey) {
        return milestoneConfidence(actor, projectKey, schedules.schedule(actor, projectKey));
    }

    @Override
    public Map<String, Confidence> milestoneConfidence(Actor actor, String projectKey, ProjectSchedule current) {
        if (!current.project().equalsIgnoreCase(projectKey)) {
            throw new IllegalArgumentException("The schedule of " + current.project() + " is not " + projectKey + "'s");
        }
        int schedule = current.hashCode();
        Instant now = clock.instant();
        Kept known = kept.get(projectKey);
        if (known != null && known.schedule() == schedule && known.at().plus(KEPT).isAfter(now)) {
            return known.confidence();
        }
        Map<String, Confidence> confidence = new LinkedHashMap<>();
        for (MonteCarloForecast.Milestone m : forecasts.forecast(actor, projectKey, null, null, null).milestones()) {
            confidence.put(m.key(), new Confidence(m.percentiles().p50(), m.percentiles().p85()));
        }
        Map<String, Confidence> answer = Collections.unmodifiableMap(confidence);
        kept.put(projectKey, new Kept(schedule, now, answer));
        return answer;
    }
}
