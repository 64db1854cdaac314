package dev.tandem.forecast.api;

import dev.tandem.forecast.ForecastManagement;
import dev.tandem.forecast.MonteCarloForecast;
import dev.tandem.forecast.TargetPlan;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{key}/forecast")
@Tag(name = "Forecast", description = "Monte Carlo forecasts of the finish and the milestones, and what it would take "
        + "to meet a date")
class ForecastApi {

    private final ForecastManagement forecasts;

    ForecastApi(ForecastManagement forecasts) {
        this.forecasts = forecasts;
    }

    /** Every field is optional: 10,000 iterations, seed 1, no target. */
    record ForecastRequest(Integer iterations, Long seed, LocalDate target) {
    }

    record TargetRequest(LocalDate target, Long seed) {
    }

    @PostMapping
    @Operation(summary = "Simulate the project's finish and milestones",
            description = "Runs the dependency network 100 to 100,000 times with uncertain durations: three-point "
                    + "estimates where given, else ratios learned from the project's finished items.")
    MonteCarloForecast forecast(Actor actor, @PathVariable String key,
                                @RequestBody(required = false) ForecastRequest request) {
        ForecastRequest r = request == null ? new ForecastRequest(null, null, null) : request;
        return forecasts.forecast(actor, key, r.iterations(), r.seed(), r.target());
    }

    @PostMapping("/what-it-would-take")
    @Operation(summary = "Which items to shorten for the P85 finish to meet a date",
            description = "A greedy search; the target defaults to the latest baseline's finish, else the forecast's.")
    TargetPlan whatItWouldTake(Actor actor, @PathVariable String key,
                               @RequestBody(required = false) TargetRequest request) {
        TargetRequest r = request == null ? new TargetRequest(null, null) : request;
        return forecasts.whatItWouldTake(actor, key, r.target(), r.seed());
    }
}
