package dev.tandem.delayrisk.web;

import dev.tandem.delayrisk.DelayRiskManagement;
import dev.tandem.delayrisk.ItemRisk;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** A project's delay risks, the data behind the board's and Gantt's risk marks, and the model versions page. */
@Controller
class DelayRiskPages {

    private final DelayRiskManagement delayRisk;
    private final PortfolioManagement portfolio;

    DelayRiskPages(DelayRiskManagement delayRisk, PortfolioManagement portfolio) {
        this.delayRisk = delayRisk;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{key}/delay-risk")
    String page(Actor actor, @PathVariable String key, Locale locale, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("risk", delayRisk.project(actor, key, locale));
        return "delayrisk/project";
    }

    /** Items at or above the warning probability: key → "72 % · reason; reason", for the board's and Gantt's marks. */
    @GetMapping("/projects/{key}/delay-risk/marks")
    @ResponseBody
    Map<String, String> marks(Actor actor, @PathVariable String key, Locale locale) {
        Map<String, String> marks = new LinkedHashMap<>();
        for (ItemRisk r : delayRisk.project(actor, key, locale).items()) {
            if (r.aboveThreshold()) {
                marks.put(r.key(), r.percent() + " % · " + r.reasons().stream().map(ItemRisk.Reason::text)
                        .collect(Collectors.joining("; ")));
            }
        }
        return marks;
    }

    @GetMapping("/admin/delay-risk")
    String models(Actor actor, Model model) {
        var versions = delayRisk.versions(actor);
        model.addAttribute("versions", versions);
        model.addAttribute("charts", versions.stream().filter(v -> v.auc() != null)
                .collect(Collectors.toMap(v -> v.version(), CalibrationChart::of)));
        return "delayrisk/models";
    }

    @PostMapping("/admin/delay-risk")
    String retrain(Actor actor) {
        delayRisk.retrain(actor);
        return "redirect:/admin/delay-risk";
    }
}
