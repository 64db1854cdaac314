package dev.tandem.planning.internal;

import dev.tandem.planning.Links;

import dev.tandem.identity.PersonSummary;
import dev.tandem.reporting.DecisionSource;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Hands the weekly sync report the decisions and action items of a kick-off held in the week. */
@Component
public class SyncReportDecisions implements DecisionSource {

    private static final String KICKOFF = "Kick-off";

    private final Kickoffs kickoffs;
    private final KickoffActions actions;
    private final Links links;

    public SyncReportDecisions(Kickoffs kickoffs, KickoffActions actions, Links links) {
        this.kickoffs = kickoffs;
        this.actions = actions;
        this.links = links;
    }

    /** Each line of the kick-off's decisions, list markers dropped. */
    @Override
    public List<Decision> decisions(long projectId, LocalDate from, LocalDate to) {
        return heldBetween(projectId, from, to).filter(k -> k.decisions() != null).stream()
                .flatMap(k -> Arrays.stream(k.decisions().split("\\R"))
                        .map(line -> line.strip().replaceFirst("^[-*•]\\s+", ""))
                        .filter(line -> !line.isEmpty())
                        .map(line -> new Decision(k.heldOn(), KICKOFF, line)))
                .toList();
    }

    /** The action items agreed at the kick-off, counted in the week the meeting was held. */
    @Override
    public List<ActionItem> actionItems(long projectId, LocalDate from, LocalDate to) {
        Optional<Kickoff> kickoff = heldBetween(projectId, from, to);
        if (kickoff.isEmpty()) {
            return List.of();
        }
        List<KickoffAction> agreed = actions.findByProjectIdOrderByIdAsc(projectId);
        Map<Long, PersonSummary> owners = links.people(agreed.stream().map(KickoffAction::ownerId).toList());
        return agreed.stream().map(a -> new ActionItem(kickoff.get().heldOn(), KICKOFF, a.title(),
                owners.get(a.ownerId()).displayName(), a.due(), a.itemKey())).toList();
    }

    private Optional<Kickoff> heldBetween(long projectId, LocalDate from, LocalDate to) {
        return kickoffs.findById(projectId)
                .filter(k -> k.heldOn() != null && !k.heldOn().isBefore(from) && !k.heldOn().isAfter(to));
    }
}
