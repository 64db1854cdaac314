package dev.tandem.audit.web;

import dev.tandem.audit.AuditRecord;
import dev.tandem.audit.AuditTrail;
import dev.tandem.shared.Actor;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Who changed what and when, for administrators and the PMO; administrators can re-check the hash chain. */
@Controller
@RequestMapping("/audit")
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    record Filters(String actor, String targetType, String target) {

        String query() {
            var builder = UriComponentsBuilder.newInstance();
            if (actor != null && !actor.isBlank()) {
                builder.queryParam("actor", actor.strip());
            }
            if (targetType != null && !targetType.isBlank()) {
                builder.queryParam("targetType", targetType.strip());
            }
            if (target != null && !target.isBlank()) {
                builder.queryParam("target", target.strip());
            }
            return builder.build().encode().getQuery();
        }
    }

    @GetMapping
    String entries(Actor actor, @ModelAttribute("filters") Filters filters, @RequestParam(defaultValue = "0") int page,
                   Model model) {
        Page<AuditRecord> entries = trail.search(actor, filters.actor(), filters.targetType(), filters.target(),
                Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("filters", filters);
        model.addAttribute("entries", entries);
        model.addAttribute("rows", AuditRows.of(entries.getContent()));
        String query = filters.query();
        model.addAttribute("pageLink", "/audit?" + (query == null ? "" : query + "&") + "page=");
        model.addAttribute("mayVerify", actor.isAdmin());
        return "audit/audit";
    }

    @PostMapping("/verify")
    String verify(Actor actor, Model model) {
        model.addAttribute("verification", trail.verify(actor));
        return entries(actor, new Filters(null, null, null), 0, model);
    }
}
