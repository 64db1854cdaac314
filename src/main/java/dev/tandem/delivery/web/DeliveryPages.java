package dev.tandem.delivery.web;

import dev.tandem.delivery.DeliveryManagement;
import dev.tandem.delivery.DoraReport;
import dev.tandem.delivery.IntegrationFields;
import dev.tandem.delivery.IntegrationSecret;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.system.FormProblem;
import dev.tandem.workitem.StatusView;
import dev.tandem.workitem.WorkItemManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The project's integrations (with how to set each provider up, and a new secret shown once, on the answer to the
 * request that made it, never again), its deliveries (to queue one again), and its DORA metrics with their weekly
 * trend and what lies behind each number. A refused change stays on the page with the reason (400, or 409 with the
 * current version when someone changed the integration meanwhile).
 */
@Controller
class DeliveryPages {

    private final DeliveryManagement delivery;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;

    DeliveryPages(DeliveryManagement delivery, PortfolioManagement portfolio, WorkItemManagement workItems) {
        this.delivery = delivery;
        this.portfolio = portfolio;
        this.workItems = workItems;
    }

    @GetMapping("/projects/{key}/integrations")
    String integrations(Actor actor, @PathVariable String key, Model model, HttpServletRequest request) {
        return integrationsPage(actor, key, model, request);
    }

    @PostMapping("/projects/{key}/integrations")
    String create(Actor actor, @PathVariable String key, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String provider,
                  @RequestParam(required = false) String productionEnvironment, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        try {
            IntegrationSecret created = delivery.create(actor, key, new IntegrationFields(name, provider,
                    productionEnvironment == null || productionEnvironment.isBlank() ? null : productionEnvironment,
                    null, null, null));
            model.addAttribute("newSecret", created);
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "create");
        }
        return integrationsPage(actor, key, model, request);
    }

    @PostMapping("/projects/{key}/integrations/{id}")
    String update(Actor actor, @PathVariable String key, @PathVariable long id, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String productionEnvironment,
                  @RequestParam(required = false) String enabled, @RequestParam(required = false) String reviewStatus,
                  @RequestParam(required = false) String doneStatus, @RequestParam(required = false) Long version,
                  Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> delivery.update(actor, key, id, new IntegrationFields(name, null,
                        productionEnvironment, "true".equals(enabled), reviewStatus == null ? "" : reviewStatus,
                        doneStatus == null ? "" : doneStatus), version),
                "delivery.integration.saved", "/projects/" + key + "/integrations", model, response, redirect,
                () -> integrationsPage(actor, key, model, request));
    }

    @PostMapping("/projects/{key}/integrations/{id}/secret")
    String rotate(Actor actor, @PathVariable String key, @PathVariable long id,
                  @RequestParam(required = false) Long version, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        try {
            model.addAttribute("newSecret", delivery.rotateSecret(actor, key, id, version));
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, null);
        }
        return integrationsPage(actor, key, model, request);
    }

    @PostMapping("/projects/{key}/integrations/{id}/delete")
    String delete(Actor actor, @PathVariable String key, @PathVariable long id,
                  @RequestParam(required = false) Long version, Model model, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> delivery.delete(actor, key, id, version), "delivery.integration.deleted",
                "/projects/" + key + "/integrations", model, response, redirect,
                () -> integrationsPage(actor, key, model, request));
    }

    @GetMapping("/projects/{key}/deliveries")
    String deliveries(Actor actor, @PathVariable String key, @RequestParam(required = false) Long integration,
                      Model model) {
        model.addAttribute("deliveries", delivery.deliveries(actor, key, integration));
        model.addAttribute("project", portfolio.project(actor, key));
        return "delivery/deliveries";
    }

    @PostMapping("/projects/{key}/deliveries/{id}/reprocess")
    String reprocess(Actor actor, @PathVariable String key, @PathVariable long id, RedirectAttributes redirect) {
        delivery.reprocess(actor, key, id);
        redirect.addFlashAttribute("notice", "delivery.deliveries.requeued");
        return "redirect:/projects/" + key + "/deliveries";
    }

    @GetMapping("/projects/{key}/dora")
    String dora(Actor actor, @PathVariable String key, @RequestParam(required = false) String service,
                @RequestParam(required = false) Integer days, Model model) {
        DoraReport report = delivery.dora(actor, key, service, days);
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("report", report);
        model.addAttribute("mayManage", delivery.mayManage(actor, key));
        model.addAttribute("charts", List.of(
                TrendChart.of("frequency", report.weeks(), w -> (double) w.deployments()),
                TrendChart.of("leadTime", report.weeks(), DoraReport.Week::medianLeadHours),
                TrendChart.of("failureRate", report.weeks(), DoraReport.Week::changeFailureRate),
                TrendChart.of("restore", report.weeks(), DoraReport.Week::medianRestoreHours)));
        return "delivery/dora";
    }

    private String integrationsPage(Actor actor, String key, Model model, HttpServletRequest request) {
        model.addAttribute("integrations", delivery.integrations(actor, key));
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("statuses", workItems.statuses(actor, key).stream().map(StatusView::name).toList());
        model.addAttribute("providers", List.of("github", "gitlab", "gitea", "generic"));
        model.addAttribute("server", ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
        return "delivery/integrations";
    }
}
