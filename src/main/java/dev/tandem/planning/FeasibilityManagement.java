package dev.tandem.planning;

import dev.tandem.planning.internal.FeasibilitySignoff;
import dev.tandem.planning.internal.FeasibilitySignoffs;

import dev.tandem.system.Inputs;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.schedule.BaselinePolicy;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.Text;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feasibility sign-offs by the project's EM and architect, and the rule they set on the first baseline from the
 * project's creation on: it needs at least one EM and one architect member, and every one of them must have signed off.
 */
@Service
@Transactional
public class FeasibilityManagement implements BaselinePolicy {

    private static final Set<ProjectRole> SIGNING_ROLES = Set.of(ProjectRole.EM, ProjectRole.ARCHITECT);

    private final FeasibilitySignoffs signoffs;
    private final PortfolioManagement portfolio;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeasibilityManagement(FeasibilitySignoffs signoffs, PortfolioManagement portfolio, ApplicationEventPublisher events,
                          Clock clock) {
        this.signoffs = signoffs;
        this.portfolio = portfolio;
        this.events = events;
        this.clock = clock;
    }

    /** Only the project's EM or architect signs off, in their own name; nobody signs for them. */
    public SignoffView signOff(Actor actor, String projectKey, String comment) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        if (project.role() == null || !SIGNING_ROLES.contains(project.role())) {
            throw new ForbiddenException(Text.of("problem.planning.signers", project.key(),
                    project.role() == null ? Text.of("problem.planning.noRole") : project.role().name()));
        }
        var signoff = signoffs.save(new FeasibilitySignoff(project.id(), actor.personId(), actor.username(), project.role(),
                Inputs.text("comment", comment, 4000, false), clock.instant()));
        events.publishEvent(new PlanningEvent.FeasibilitySignedOff(project.id(), actor.username(),
                project.key(), "role: " + project.role() + "\ncomment: " + Inputs.display(signoff.comment())));
        return view(signoff);
    }

    @Transactional(readOnly = true)
    public FeasibilityStatus status(Actor actor, String projectKey) {
        return status(portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).id());
    }

    @Transactional(readOnly = true)
    public FeasibilityStatus status(long projectId) {
        List<FeasibilitySignoff> all = signoffs.findByProjectIdOrderBySignedAtAscIdAsc(projectId);
        List<MemberSummary> members = portfolio.membersOf(projectId);
        List<ProjectRole> absentRoles = Stream.of(ProjectRole.EM, ProjectRole.ARCHITECT)
                .filter(role -> members.stream().noneMatch(m -> m.role() == role))
                .toList();
        Set<Long> signed = all.stream().map(FeasibilitySignoff::personId).collect(Collectors.toSet());
        List<String> missing = members.stream()
                .filter(m -> SIGNING_ROLES.contains(m.role()) && !signed.contains(m.personId()))
                .sorted((a, b) -> a.role() == b.role() ? a.username().compareTo(b.username()) : a.role() == ProjectRole.EM ? -1 : 1)
                .map(m -> m.role() + " " + m.username())
                .toList();
        return new FeasibilityStatus(absentRoles, missing, all.stream().map(FeasibilityManagement::view).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Text> refusalOfFirstBaseline(long projectId, String projectKey) {
        return Optional.ofNullable(status(projectId).refusal());
    }

    private static SignoffView view(FeasibilitySignoff s) {
        return new SignoffView(s.id(), s.username(), s.role(), s.comment(), s.signedAt());
    }
}
