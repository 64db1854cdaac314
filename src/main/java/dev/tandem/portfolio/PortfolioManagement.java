package dev.tandem.portfolio;

import static dev.tandem.system.Inputs.text;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.portfolio.internal.Membership;
import dev.tandem.portfolio.internal.Memberships;
import dev.tandem.portfolio.internal.Portfolio;
import dev.tandem.portfolio.internal.Portfolios;
import dev.tandem.portfolio.internal.Project;
import dev.tandem.portfolio.internal.Projects;

/**
 * Projects, portfolios and membership, and the single place that decides whether an actor may do
 * something in a project. A person outside a project is told it does not exist.
 */
@Service
@Transactional
public class PortfolioManagement {

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9]{1,9}");
    private static final String ROLES = "PM, EM, ARCHITECT, PRODUCT_MANAGER, ENGINEER, STAKEHOLDER";

    private final Projects projects;
    private final Portfolios portfolios;
    private final Memberships memberships;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PortfolioManagement(Projects projects, Portfolios portfolios, Memberships memberships, IdentityManagement identity,
                        ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.portfolios = portfolios;
        this.memberships = memberships;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** Lets the actor into the project for this permission, or answers 404 to outsiders and 403 to members without it. */
    @Transactional(readOnly = true)
    public ProjectRef access(Actor actor, String projectKey, Permission permission) {
        Project project = projects.findByKeyIgnoreCase(projectKey == null ? "" : projectKey)
                .orElseThrow(() -> noSuchProject(projectKey));
        return access(actor, project, permission);
    }

    @Transactional(readOnly = true)
    public ProjectRef access(Actor actor, long projectId, Permission permission) {
        Project project = projects.findById(projectId).orElseThrow(() -> noSuchProject(Long.toString(projectId)));
        return access(actor, project, permission);
    }

    private ProjectRef access(Actor actor, Project project, Permission permission) {
        ProjectRole role = memberships.findByProjectIdAndPersonId(project.id(), actor.personId())
                .map(Membership::role).orElse(null);
        if (role == null && !actor.oversees()) {
            throw noSuchProject(project.key());
        }
        var ref = new ProjectRef(project.id(), project.key(), project.name(), role, actor.isAdmin());
        if (!ref.may(permission)) {
            throw new ForbiddenException(Text.of("problem.portfolio.roleForbids", project.key(),
                    role == null ? Text.of("problem.portfolio.overseer") : role.name()));
        }
        return ref;
    }

    @Transactional(readOnly = true)
    public List<ProjectSummary> visibleProjects(Actor actor) {
        List<Project> visible = actor.oversees() ? projects.findAllByOrderByKeyAsc() : projects.findForMember(actor.personId());
        Map<Long, ProjectRole> roles = memberships.findByPersonId(actor.personId()).stream()
                .collect(Collectors.toMap(Membership::projectId, Membership::role));
        Map<Long, String> portfolioNames = portfolios.findAll().stream()
                .collect(Collectors.toMap(Portfolio::id, Portfolio::name));
        return visible.stream().map(p -> summary(p, roles.get(p.id()), portfolioNames.get(p.portfolioId()))).toList();
    }

    @Transactional(readOnly = true)
    public ProjectSummary project(Actor actor, String key) {
        ProjectRef ref = access(actor, key, Permission.VIEW_PROJECT);
        Project p = projects.findById(ref.id()).orElseThrow();
        return summary(p, ref.role(), p.portfolioId() == null ? null
                : portfolios.findById(p.portfolioId()).map(Portfolio::name).orElse(null));
    }

    /** Admins and the PMO open projects; the person who opens one becomes its PM. */
    public ProjectSummary createProject(Actor actor, String key, String name, String description, String portfolio,
                                        LocalDate startDate) {
        if (!actor.oversees()) {
            throw new ForbiddenException(Text.of("problem.portfolio.createProjects"));
        }
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInputException("key", Text.of("problem.portfolio.key"));
        }
        if (projects.existsByKeyIgnoreCase(key)) {
            throw new ConflictException(Text.of("problem.portfolio.keyTaken", key));
        }
        Project project = new Project(key, text("name", name, 128, true), clock.instant());
        project.setDescription(text("description", description, 4000, false));
        project.setStartDate(startDate);
        project.setPortfolioId(portfolioId(portfolio));
        projects.save(project);
        memberships.save(new Membership(project.id(), actor.personId(), ProjectRole.PM, clock.instant()));
        events.publishEvent(new ProjectCreated(project.id(), key, actor.username(),
                "name: " + project.name() + "\nstartDate: " + startDate + "\nportfolio: " + portfolio));
        events.publishEvent(new ProjectEvent.MemberAdded(actor.username(), key,
                actor.username() + ": PM"));
        return summary(project, ProjectRole.PM, portfolio);
    }

    public ProjectSummary updateProject(Actor actor, String key, String name, String description, String portfolio,
                                        LocalDate startDate, Long version) {
        ProjectRef ref = access(actor, key, Permission.EDIT_PROJECT);
        Project project = projects.findById(ref.id()).orElseThrow();
        StaleVersionException.check(Text.of("problem.portfolio.project", ref.key()), version, project.version());
        StringBuilder changes = new StringBuilder();
        if (name != null && !name.strip().equals(project.name())) {
            changes.append("name: ").append(project.name()).append(" → ").append(name.strip()).append('\n');
            project.setName(text("name", name, 128, true));
        }
        if (description != null && !Objects.equals(description, project.description())) {
            changes.append("description: changed\n");
            project.setDescription(text("description", description, 4000, false));
        }
        if (startDate != null && !startDate.equals(project.startDate())) {
            changes.append("startDate: ").append(project.startDate()).append(" → ").append(startDate).append('\n');
            project.setStartDate(startDate);
        }
        if (portfolio != null) {
            Long id = portfolioId(portfolio);
            if (!Objects.equals(id, project.portfolioId())) {
                changes.append("portfolio: → ").append(portfolio).append('\n');
                project.setPortfolioId(id);
            }
        }
        projects.flush();
        events.publishEvent(new ProjectEvent.ProjectUpdated(actor.username(), ref.key(),
                changes.toString().strip()));
        return project(actor, key);
    }

    @Transactional(readOnly = true)
    public List<MemberSummary> members(Actor actor, String key) {
        ProjectRef ref = access(actor, key, Permission.VIEW_PROJECT);
        return membersOf(ref.id());
    }

    @Transactional(readOnly = true)
    public List<MemberSummary> membersOf(long projectId) {
        return membersOf(List.of(projectId)).getOrDefault(projectId, List.of());
    }

    /** The members of several projects in two queries, by project id, each list ordered as {@link #membersOf(long)}. */
    @Transactional(readOnly = true)
    public Map<Long, List<MemberSummary>> membersOf(Collection<Long> projectIds) {
        List<Membership> list = projectIds.isEmpty() ? List.of() : memberships.findByProjectIdIn(projectIds);
        Map<Long, PersonSummary> people = identity.byIds(list.stream().map(Membership::personId).distinct().toList());
        return list.stream()
                .collect(Collectors.groupingBy(Membership::projectId, Collectors.collectingAndThen(Collectors.toList(),
                        members -> members.stream()
                                .map(m -> new MemberSummary(m.personId(), people.get(m.personId()).username(),
                                        people.get(m.personId()).displayName(), m.role(), m.version()))
                                .sorted(Comparator.comparing((MemberSummary m) -> m.role().ordinal())
                                        .thenComparing(MemberSummary::displayName))
                                .toList())));
    }

    /** Whether the person belongs to the project, in any role. */
    @Transactional(readOnly = true)
    public boolean isMember(long projectId, long personId) {
        return memberships.findByProjectIdAndPersonId(projectId, personId).isPresent();
    }

    public MemberSummary addMember(Actor actor, String key, String username, ProjectRole role) {
        ProjectRef ref = access(actor, key, Permission.MANAGE_MEMBERS);
        if (role == null) {
            throw new InvalidInputException("role", Text.of("problem.input.oneOf", ROLES));
        }
        PersonSummary person = identity.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> new InvalidInputException("username", Text.of("problem.portfolio.nobody", username)));
        if (memberships.findByProjectIdAndPersonId(ref.id(), person.id()).isPresent()) {
            throw new ConflictException(Text.of("problem.portfolio.alreadyMember", person.username(), ref.key()));
        }
        Membership m = memberships.save(new Membership(ref.id(), person.id(), role, clock.instant()));
        events.publishEvent(new ProjectEvent.MemberAdded(actor.username(), ref.key(),
                person.username() + ": " + role));
        return new MemberSummary(person.id(), person.username(), person.displayName(), role, m.version());
    }

    public MemberSummary changeRole(Actor actor, String key, String username, ProjectRole role, Long version) {
        ProjectRef ref = access(actor, key, Permission.MANAGE_MEMBERS);
        if (role == null) {
            throw new InvalidInputException("role", Text.of("problem.input.oneOf", ROLES));
        }
        PersonSummary person = identity.get(username);
        Membership m = memberships.findByProjectIdAndPersonId(ref.id(), person.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.portfolio.notMember", username, ref.key())));
        StaleVersionException.check(Text.of("problem.portfolio.membership", username), version, m.version());
        ProjectRole old = m.role();
        if (old == ProjectRole.PM && role != ProjectRole.PM) {
            keepOnePm(ref);
        }
        m.changeRole(role);
        memberships.flush();
        events.publishEvent(new ProjectEvent.MemberRoleChanged(actor.username(), ref.key(),
                person.username() + ": " + old + " → " + role));
        return new MemberSummary(person.id(), person.username(), person.displayName(), role, m.version());
    }

    public void removeMember(Actor actor, String key, String username) {
        ProjectRef ref = access(actor, key, Permission.MANAGE_MEMBERS);
        PersonSummary person = identity.get(username);
        Membership m = memberships.findByProjectIdAndPersonId(ref.id(), person.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.portfolio.notMember", username, ref.key())));
        if (m.role() == ProjectRole.PM) {
            keepOnePm(ref);
        }
        memberships.delete(m);
        events.publishEvent(new ProjectEvent.MemberRemoved(actor.username(), ref.key(),
                person.username() + ": " + m.role()));
    }

    @Transactional(readOnly = true)
    public List<String> portfolioNames() {
        return portfolios.findAll().stream().map(Portfolio::name).sorted().toList();
    }

    private void keepOnePm(ProjectRef ref) {
        if (memberships.countByProjectIdAndRole(ref.id(), ProjectRole.PM) <= 1) {
            throw new ConflictException(Text.of("problem.portfolio.lastPm", ref.key()));
        }
    }

    private Long portfolioId(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = text("portfolio", name, 128, true);
        return portfolios.findByNameIgnoreCase(n)
                .orElseGet(() -> portfolios.save(new Portfolio(n, null, clock.instant()))).id();
    }

    private static ProjectSummary summary(Project p, ProjectRole role, String portfolio) {
        return new ProjectSummary(p.id(), p.key(), p.name(), p.description(), portfolio, p.startDate(), role, p.version());
    }

    private static NotFoundException noSuchProject(String key) {
        return new NotFoundException(Text.of("problem.portfolio.noProject", key));
    }
}
