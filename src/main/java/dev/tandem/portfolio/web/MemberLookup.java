package dev.tandem.portfolio.web;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.system.PickerOption;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The people the members page may add: active, not yet members, matching what was typed; only for who manages members. */
@RestController
class MemberLookup {

    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;

    MemberLookup(PortfolioManagement portfolio, IdentityManagement identity) {
        this.portfolio = portfolio;
        this.identity = identity;
    }

    @GetMapping("/projects/{key}/lookup/candidates")
    List<PickerOption> candidates(Actor actor, @PathVariable String key,
                                  @RequestParam(defaultValue = "") @Size(max = 100) String q) {
        portfolio.access(actor, key, Permission.MANAGE_MEMBERS);
        Set<String> already = portfolio.members(actor, key).stream().map(MemberSummary::username)
                .collect(Collectors.toSet());
        return identity.list().stream()
                .filter(PersonSummary::active)
                .filter(p -> !already.contains(p.username()))
                .filter(p -> PickerOption.matches(q, p.username(), p.displayName()))
                .limit(PickerOption.LIMIT)
                .map(p -> PickerOption.person(p.username(), p.displayName()))
                .toList();
    }
}
