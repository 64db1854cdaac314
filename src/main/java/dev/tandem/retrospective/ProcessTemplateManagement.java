package dev.tandem.retrospective;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectCreated;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.retrospective.engine.Stage;
import dev.tandem.retrospective.engine.TextDiff;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.retrospective.internal.ProcessTemplate;
import dev.tandem.retrospective.internal.ProcessTemplateVersion;
import dev.tandem.retrospective.internal.ProcessTemplateVersions;
import dev.tandem.retrospective.internal.ProcessTemplates;
import dev.tandem.retrospective.internal.Retrospective;
import dev.tandem.retrospective.internal.Retrospectives;
import dev.tandem.retrospective.internal.TemplateAdoption;
import dev.tandem.retrospective.internal.TemplateAdoptions;

/**
 * The organisation's process templates — checklists (definition of ready and done, release, review board) and
 * meeting agendas — each change a new numbered version with who, when and why. Everyone signed in reads them; PMO
 * staff and admins write a new version; a retrospective's facilitator promotes an improvement into one (its text is
 * added to the template, recorded with the retrospective). A project adopts the current versions when it is created
 * and later whenever someone who may edit the project chooses to; it sees what changed since.
 */
@Service
@Transactional
public class ProcessTemplateManagement {

    static final Set<String> KINDS = Set.of("CHECKLIST", "AGENDA");
    private static final int MAX_BODY = 20_000;
    private static final int MAX_NOTE = 500;
    private static final int MAX_PROPOSAL = 2_000;

    private final ProcessTemplates templates;
    private final ProcessTemplateVersions versions;
    private final TemplateAdoptions adoptions;
    private final Retrospectives retrospectives;
    private final PortfolioManagement portfolio;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProcessTemplateManagement(ProcessTemplates templates, ProcessTemplateVersions versions,
                              TemplateAdoptions adoptions, Retrospectives retrospectives,
                              PortfolioManagement portfolio, ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.adoptions = adoptions;
        this.retrospectives = retrospectives;
        this.portfolio = portfolio;
        this.events = events;
        this.clock = clock;
    }

    /** A new project starts from the current version of every template, in the transaction that creates it. */
    @EventListener
    public void on(ProjectCreated event) {
        for (ProcessTemplate t : templates.findAll()) {
            adoptions.save(new TemplateAdoption(event.projectId(), t.id(), t.currentVersion(), clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    public List<TemplateViews.Summary> list() {
        return templates.findAllByOrderByCodeAscLanguageAsc().stream().map(ProcessTemplateManagement::summary).toList();
    }

    /** Whether the actor writes template versions directly: PMO staff and admins. */
    public static boolean mayEdit(Actor actor) {
        return actor.oversees();
    }

    @Transactional(readOnly = true)
    public TemplateViews.Template get(long id) {
        ProcessTemplate t = find(id);
        List<TemplateViews.Version> all = versions.findByTemplateIdOrderByNumberDesc(t.id()).stream()
                .map(ProcessTemplateManagement::version).toList();
        return new TemplateViews.Template(summary(t), all.getFirst(), all);
    }

    @Transactional(readOnly = true)
    public TemplateViews.Diff diff(long id, int from, int to) {
        ProcessTemplate t = find(id);
        return new TemplateViews.Diff(t.id(), t.name(), from, to,
                TextDiff.between(versionOf(t, from, "from").body(), versionOf(t, to, "to").body()));
    }

    public TemplateViews.Summary create(Actor actor, String code, String language, String kind, String name,
                                        String body, String note) {
        checkEditor(actor);
        String c = RetrospectiveManagement.text("code", code, 60).toLowerCase(Locale.ROOT);
        if (!c.matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidInputException("code", Text.of("problem.retrospective.templateCode"));
        }
        String lang = language == null ? "" : language.strip();
        if (!Set.of("en", "zh-CN").contains(lang)) {
            throw new InvalidInputException("language", Text.of("problem.retrospective.templateLanguage"));
        }
        String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(k)) {
            throw new InvalidInputException("kind", Text.of("problem.retrospective.templateKind"));
        }
        String n = RetrospectiveManagement.text("name", name, 200);
        String text = RetrospectiveManagement.text("body", body, MAX_BODY);
        String why = note == null || note.isBlank() ? "Created" : RetrospectiveManagement.text("note", note, MAX_NOTE);
        if (templates.existsByCodeAndLanguage(c, lang)) {
            throw new ConflictException(Text.of("problem.retrospective.templateExists", c, lang));
        }
        ProcessTemplate t = templates.saveAndFlush(new ProcessTemplate(c, lang, k, n));
        versions.saveAndFlush(new ProcessTemplateVersion(t.id(), 1, text, why, actor.username(), null, clock.instant()));
        events.publishEvent(new RetrospectiveEvent(null, actor.username(), "template.created", "ProcessTemplate",
                n + " (" + lang + ")", "version: 1\nnote: " + why));
        return summary(t);
    }

    /** A new version with the whole new text, written against {@code baseVersion}: the version the editor saw. */
    public TemplateViews.Template addVersion(Actor actor, long id, String body, String note, Integer baseVersion) {
        checkEditor(actor);
        ProcessTemplate t = find(id);
        String text = RetrospectiveManagement.text("body", body, MAX_BODY);
        String why = RetrospectiveManagement.text("note", note, MAX_NOTE);
        next(actor, t, baseVersion, text, why, null, "template.changed");
        return get(id);
    }

    /**
     * Adds an improvement from a retrospective to the end of a template, as its next version noting the retrospective.
     * For the retrospective's facilitator, once it is being discussed or closed.
     */
    public TemplateViews.Template promote(Actor actor, String projectKey, long retrospectiveId, long templateId,
                                          String text, String note, Integer baseVersion) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Retrospective r = retrospectives.findById(retrospectiveId).filter(x -> x.projectId() == project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.retrospective.noRetrospective",
                        retrospectiveId, project.key())));
        RetrospectiveManagement.checkFacilitator(actor, project, r);
        if (r.stage() != Stage.DISCUSS && r.stage() != Stage.CLOSED) {
            throw new ConflictException(Text.of("problem.retrospective.promoteStage", r.stage().name()));
        }
        ProcessTemplate t = find(templateId);
        String addition = RetrospectiveManagement.text("text", text, MAX_PROPOSAL);
        String why = note == null || note.isBlank() ? "Improvement from a retrospective"
                : RetrospectiveManagement.text("note", note, MAX_NOTE);
        String current = versionOf(t, t.currentVersion(), "baseVersion").body();
        String body = current.endsWith("\n") ? current + addition : current + "\n" + addition;
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException("text", Text.of("problem.retrospective.templateTooLong", MAX_BODY));
        }
        next(actor, t, baseVersion, body, why, r, "template.promoted");
        return get(templateId);
    }

    /** Every template as the project uses it. */
    @Transactional(readOnly = true)
    public List<TemplateViews.Adoption> process(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Map<Long, Integer> adopted = adoptions.findByProjectId(project.id()).stream()
                .collect(Collectors.toMap(TemplateAdoption::templateId, TemplateAdoption::versionNumber));
        Map<Long, String> bodies = new HashMap<>();
        return templates.findAllByOrderByCodeAscLanguageAsc().stream().map(t -> {
            Integer mine = adopted.get(t.id());
            boolean current = mine != null && mine == t.currentVersion();
            List<TextDiff.Line> changes = current ? List.of() : TextDiff.between(
                    mine == null ? "" : versionOf(t, mine, "version").body(),
                    bodies.computeIfAbsent(t.id(), x -> versionOf(t, t.currentVersion(), "version").body()));
            return new TemplateViews.Adoption(summary(t), mine, current, changes);
        }).toList();
    }

    /** The project takes the current version of a template; needs {@code EDIT_PROJECT}. */
    public TemplateViews.Adoption adopt(Actor actor, String projectKey, long templateId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_PROJECT);
        ProcessTemplate t = find(templateId);
        TemplateAdoption.Key key = new TemplateAdoption.Key(project.id(), t.id());
        TemplateAdoption adoption = adoptions.findById(key).orElse(null);
        Integer before = adoption == null ? null : adoption.versionNumber();
        if (adoption == null) {
            adoptions.save(new TemplateAdoption(project.id(), t.id(), t.currentVersion(), clock.instant()));
        } else {
            adoption.adopt(t.currentVersion(), clock.instant());
        }
        adoptions.flush();
        events.publishEvent(new RetrospectiveEvent(project.id(), actor.username(), "template.adopted",
                "ProcessTemplate", t.name() + " (" + t.language() + ")", "project: " + project.key() + "\nversion: "
                + (before == null ? "(none)" : before) + " → " + t.currentVersion()));
        return process(actor, projectKey).stream().filter(a -> a.template().id() == t.id()).findFirst().orElseThrow();
    }

    private void next(Actor actor, ProcessTemplate t, Integer baseVersion, String body, String note, Retrospective from,
                      String action) {
        if (baseVersion == null) {
            throw new InvalidInputException("baseVersion", Text.of("problem.retrospective.baseVersionRequired"));
        }
        if (baseVersion != t.currentVersion()) {
            throw new TemplateVersionConflict(t.name(), version(versionOf(t, baseVersion, "baseVersion")),
                    version(versionOf(t, t.currentVersion(), "baseVersion")), body);
        }
        t.advance();
        templates.flush();
        versions.saveAndFlush(new ProcessTemplateVersion(t.id(), t.currentVersion(), body, note, actor.username(),
                from == null ? null : from.id(), clock.instant()));
        String origin = from == null ? "" : "\nretrospective: " + from.title() + " (#" + from.id() + ")";
        events.publishEvent(new RetrospectiveEvent(from == null ? null : from.projectId(), actor.username(), action,
                "ProcessTemplate", t.name() + " (" + t.language() + ")", "version: " + baseVersion + " → "
                + t.currentVersion() + "\nnote: " + note + origin));
    }

    private static void checkEditor(Actor actor) {
        if (!mayEdit(actor)) {
            throw new ForbiddenException(Text.of("problem.retrospective.templateEditors"));
        }
    }

    private ProcessTemplate find(long id) {
        return templates.findById(id)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.retrospective.noTemplate", id)));
    }

    private ProcessTemplateVersion versionOf(ProcessTemplate t, int number, String field) {
        return versions.findByTemplateIdAndNumber(t.id(), number)
                .orElseThrow(() -> new InvalidInputException(field, Text.of("problem.retrospective.noTemplateVersion",
                        t.name(), t.currentVersion())));
    }

    private static TemplateViews.Version version(ProcessTemplateVersion v) {
        return new TemplateViews.Version(v.number(), v.body(), v.note(), v.author(), v.createdAt(), v.retrospectiveId());
    }

    private static TemplateViews.Summary summary(ProcessTemplate t) {
        return new TemplateViews.Summary(t.id(), t.code(), t.language(), t.kind(), t.name(), t.currentVersion());
    }
}
