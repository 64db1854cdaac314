package dev.tandem.forecast.web;

import dev.tandem.forecast.ForecastManagement;
import dev.tandem.forecast.MonteCarloForecast;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Monte Carlo forecast page: the spread of finishes, P50/P85/P95 per milestone, the chance of the target and the
 * baseline, the items that drive the finish, and, for a target, what it would take to meet it.
 */
@Controller
class ForecastPage {

    private final ForecastManagement forecasts;
    private final PortfolioManagement portfolio;

    ForecastPage(ForecastManagement forecasts, PortfolioManagement portfolio) {
        this.forecasts = forecasts;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{key}/forecast")
    String page(Actor actor, @PathVariable String key, @RequestParam(required = false) String target,
                @RequestParam(required = false) Integer iterations, @RequestParam(required = false) Long seed,
                Model model, HttpServletResponse response) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("target", target == null ? "" : target.strip());
        model.addAttribute("iterations", iterations == null ? ForecastManagement.DEFAULT_ITERATIONS : iterations);
        model.addAttribute("seed", seed == null ? ForecastManagement.DEFAULT_SEED : seed);
        try {
            LocalDate targetDate = day(target);
            MonteCarloForecast forecast = forecasts.forecast(actor, key, iterations, seed, targetDate);
            model.addAttribute("forecast", forecast);
            model.addAttribute("chart", ForecastChart.of(forecast));
            if (targetDate != null) {
                model.addAttribute("plan", forecasts.whatItWouldTake(actor, key, targetDate, seed));
            }
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("problem", Texts.of(e));
        }
        return "forecast/forecast";
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("target", Text.of("problem.forecast.targetNotADate", text.strip()));
        }
    }
}
