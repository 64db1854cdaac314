package dev.tandem.knowledge;

import dev.tandem.knowledge.PageView.PageLink;
import dev.tandem.knowledge.SpaceView.TreeEntry;
import dev.tandem.knowledge.engine.PageDiff;
import dev.tandem.knowledge.engine.PageTree;
import dev.tandem.knowledge.engine.Templates;
import dev.tandem.planning.AdrView;
import dev.tandem.planning.CharterManagement;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectCreated;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.system.Markdown;
import dev.tandem.system.MarkdownLinks;
import dev.tandem.system.ProjectMarkdown;
import dev.tandem.workitem.ItemMentions;
import dev.tandem.workitem.WorkItemManagement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.knowledge.internal.AttachmentPolicy;
import dev.tandem.knowledge.internal.WikiAttachment;
import dev.tandem.knowledge.internal.WikiAttachments;
import dev.tandem.knowledge.internal.WikiLink;
import dev.tandem.knowledge.internal.WikiLinks;
import dev.tandem.knowledge.internal.WikiPage;
import dev.tandem.knowledge.internal.WikiPages;
import dev.tandem.knowledge.internal.WikiRevision;
import dev.tandem.knowledge.internal.WikiRevisions;
import dev.tandem.knowledge.internal.WikiSpace;
import dev.tandem.knowledge.internal.WikiSpaces;
import dev.tandem.knowledge.internal.WikiTemplate;
import dev.tandem.knowledge.internal.WikiTemplates;

/**
 * The wiki. A project's space is read by its members (404 for anyone else) and written with {@code EDIT_WIKI};
 * deleting pages and keeping the space's templates needs {@code MANAGE_WIKI}. An organisation space is read by
 * everyone signed in, written by administrators and PMO staff, and managed by administrators, who alone create one.
 * Every save that changes a page is a revision; a save based on an older version is refused with both sides.
 */
@Service
@Transactional
public class KnowledgeManagement implements ItemMentions, ProjectMarkdown {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 200_000;
    static final int MAX_NOTE = 500;
    static final int MAX_TEMPLATE = 50_000;
    static final int MAX_PAGES_PER_SPACE = 5_000;
    /** A page resolves at most this many distinct item keys; more stay plain text. */
    static final int MAX_ITEM_LINKS = 100;
    private static final int MAX_MENTIONS = 50;
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9-]{1,39}");

    private final WikiSpaces spaces;
    private final WikiPages pages;
    private final WikiRevisions revisions;
    private final WikiLinks links;
    private final WikiTemplates templates;
    private final WikiAttachments attachments;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final CharterManagement charters;
    private final Markdown markdown;
    private final AttachmentPolicy attachmentPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KnowledgeManagement(WikiSpaces spaces, WikiPages pages, WikiRevisions revisions, WikiLinks links,
                        WikiTemplates templates, WikiAttachments attachments, PortfolioManagement portfolio,
                        WorkItemManagement workItems, CharterManagement charters, Markdown markdown,
                        AttachmentPolicy attachmentPolicy, ApplicationEventPublisher events, Clock clock) {
        this.spaces = spaces;
        this.pages = pages;
        this.revisions = revisions;
        this.links = links;
        this.templates = templates;
        this.attachments = attachments;
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.charters = charters;
        this.markdown = markdown;
        this.attachmentPolicy = attachmentPolicy;
        this.events = events;
        this.clock = clock;
    }

    /** A new project gets its space in the same transaction. */
    @EventListener
    public void on(ProjectCreated event) {
        if (spaces.findByProjectId(event.projectId()).isEmpty()) {
            spaces.save(new WikiSpace(event.projectId(), null, event.key(), null, event.actor(), clock.instant()));
        }
    }

    // spaces

    /** The organisation spaces and the spaces of every project the reader sees. */
    @Transactional(readOnly = true)
    public List<SpaceSummary> spaces(Actor actor) {
        List<SpaceSummary> out = new ArrayList<>();
        for (WikiSpace s : spaces.findByProjectIdIsNullOrderByNameAsc()) {
            out.add(new SpaceSummary(s.id(), s.spaceKey(), s.name(), null));
        }
        for (ProjectSummary p : portfolio.visibleProjects(actor)) {
            Long id = spaces.findByProjectId(p.id()).map(WikiSpace::id).orElse(null);
            out.add(new SpaceSummary(id, p.key(), p.name(), p.key()));
        }
        return out;
    }

    public record SpaceSummary(Long id, String key, String name, String projectKey) {
    }

    /** The project's space, made when first opened for projects older than the wiki. */
    public SpaceView projectSpace(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        WikiSpace space = spaces.findByProjectId(project.id()).orElseGet(() -> spaces.saveAndFlush(
                new WikiSpace(project.id(), null, project.name(), null, actor.username(), clock.instant())));
        return view(space, new Access(space, project, actor));
    }

    @Transactional(readOnly = true)
    public SpaceView space(Actor actor, long spaceId) {
        WikiSpace space = findSpace(spaceId);
        return view(space, access(actor, space, Need.READ));
    }

    /** An organisation-wide space, by an administrator. */
    public SpaceView createSpace(Actor actor, String key, String name, String description) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException(Text.of("problem.knowledge.createSpace"));
        }
        if (key == null || !SPACE_KEY.matcher(key.strip()).matches()) {
            throw new InvalidInputException("key", Text.of("problem.knowledge.spaceKey"));
        }
        String cleanName = text("name", name, 200, true);
        String cleanDescription = text("description", description, 2000, false);
        if (spaces.findBySpaceKeyIgnoreCase(key.strip()).isPresent()) {
            throw new ConflictException(Text.of("problem.knowledge.spaceExists", key.strip()));
        }
        WikiSpace space = spaces.saveAndFlush(new WikiSpace(null, key.strip(), cleanName, cleanDescription,
                actor.username(), clock.instant()));
        events.publishEvent(new KnowledgeEvent(null, actor.username(), "space.created", "WikiSpace", space.spaceKey(),
                "name: " + cleanName));
        return view(space, access(actor, space, Need.READ));
    }

    // pages

    @Transactional(readOnly = true)
    public PageView page(Actor actor, long pageId) {
        WikiPage page = findPage(pageId);
        WikiSpace space = findSpace(page.spaceId());
        return view(actor, page, space, access(actor, space, Need.READ));
    }

    /** Creates a page; its first revision is the text given (usually a template's, filled in). */
    public PageView create(Actor actor, long spaceId, String title, String body, Long parentId, String changeNote) {
        WikiSpace space = findSpace(spaceId);
        Access access = access(actor, space, Need.EDIT);
        String cleanTitle = title(title);
        String cleanBody = body(body);
        String note = text("changeNote", changeNote, MAX_NOTE, false);
        if (parentId != null) {
            findPageIn(space, parentId, "parentId");
        }
        uniqueTitle(space.id(), cleanTitle, null);
        if (pages.countBySpaceId(space.id()) >= MAX_PAGES_PER_SPACE) {
            throw new InvalidInputException(Text.of("problem.knowledge.tooManyPages", MAX_PAGES_PER_SPACE));
        }
        WikiPage page = pages.saveAndFlush(new WikiPage(space, parentId, pages.lastPosition(space.id(), parentId) + 1,
                cleanTitle, cleanBody, actor.username(), clock.instant()));
        revisions.save(new WikiRevision(page, note, null, clock.instant()));
        relink(page);
        publish(access, actor, "page.created", page, "title: " + cleanTitle + (note == null ? "" : "\nnote: " + note));
        return view(actor, page, space, access);
    }

    /**
     * Saves a new title and text as the next revision. {@code version} is the page version the editor opened; when
     * the page moved on meanwhile nothing is written and the answer carries both sides and what changed.
     */
    public PageView save(Actor actor, long pageId, String title, String body, String changeNote, Long version) {
        WikiPage page = findPage(pageId);
        WikiSpace space = findSpace(page.spaceId());
        Access access = access(actor, space, Need.EDIT);
        String cleanTitle = title(title);
        String cleanBody = body(body);
        String note = text("changeNote", changeNote, MAX_NOTE, false);
        if (version == null) {
            throw new InvalidInputException("version", Text.of("problem.version.required"));
        }
        if (version != page.version()) {
            throw conflict(actor, page, space, access, cleanTitle, cleanBody, version);
        }
        if (cleanTitle.equals(page.title()) && cleanBody.equals(page.body())) {
            return view(actor, page, space, access);
        }
        uniqueTitle(space.id(), cleanTitle, page.id());
        List<String> summary = new ArrayList<>();
        if (!cleanTitle.equals(page.title())) {
            summary.add("title: " + page.title() + " → " + cleanTitle);
        }
        page.write(cleanTitle, cleanBody, actor.username(), clock.instant());
        page.nextRevision();
        pages.flush();
        revisions.save(new WikiRevision(page, note, null, clock.instant()));
        relink(page);
        summary.add("revision: " + page.revision() + (note == null ? "" : "\nnote: " + note));
        publish(access, actor, "page.edited", page, String.join("\n", summary));
        return view(actor, page, space, access);
    }

    /** Moves a page under another parent (null: the top) at a position among its new siblings (null: last). */
    public PageView move(Actor actor, long pageId, Long parentId, Integer position, Long version) {
        WikiPage page = findPage(pageId);
        WikiSpace space = findSpace(page.spaceId());
        Access access = access(actor, space, Need.EDIT);
        StaleVersionException.check(Text.of("problem.knowledge.page", page.title()), version, page.version());
        if (parentId != null) {
            findPageIn(space, parentId, "parentId");
        }
        if (position != null && position < 0) {
            throw new InvalidInputException("position", Text.of("problem.knowledge.position"));
        }
        List<WikiPage> all = pages.findBySpaceId(space.id());
        PageTree tree = tree(all);
        if (parentId != null && tree.isSelfOrDescendant(page.id(), parentId)) {
            throw new ConflictException(Text.of("problem.knowledge.moveBelowItself"));
        }
        List<Long> order = tree.moved(page.id(), parentId, position == null ? Integer.MAX_VALUE : position);
        Map<Long, WikiPage> byId = all.stream().collect(Collectors.toMap(WikiPage::id, Function.identity()));
        String from = parentTitle(byId, page.parentId());
        for (int i = 0; i < order.size(); i++) {
            WikiPage sibling = byId.get(order.get(i));
            if (sibling.id().equals(page.id())) {
                page.place(parentId, i);
            } else if (sibling.position() != i) {
                sibling.place(sibling.parentId(), i);
            }
        }
        pages.flush();
        publish(access, actor, "page.moved", page, "parent: " + from + " → " + parentTitle(byId, parentId)
                + "\nposition: " + page.position());
        return view(actor, page, space, access);
    }

    /** Deletes a page with its revisions and attachments; a page with children keeps them, so it is refused. */
    public void delete(Actor actor, long pageId, Long version) {
        WikiPage page = findPage(pageId);
        WikiSpace space = findSpace(page.spaceId());
        Access access = access(actor, space, Need.MANAGE);
        StaleVersionException.check(Text.of("problem.knowledge.page", page.title()), version, page.version());
        if (pages.existsByParentId(page.id())) {
            throw new ConflictException(Text.of("problem.knowledge.hasChildren", page.title()));
        }
        publish(access, actor, "page.deleted", page, "title: " + page.title() + "\nrevisions: " + page.revision());
        links.deleteByPageId(page.id());
        attachments.deleteByPageId(page.id());
        revisions.deleteByPageId(page.id());
        pages.delete(page);
        pages.flush();
    }

    @Transactional(readOnly = true)
    public List<RevisionView> history(Actor actor, long pageId) {
        WikiPage page = findPage(pageId);
        access(actor, findSpace(page.spaceId()), Need.READ);
        return revisions.findByPageIdOrderByNumberDesc(page.id()).stream().map(KnowledgeManagement::view).toList();
    }

    @Transactional(readOnly = true)
    public RevisionView revision(Actor actor, long pageId, int number) {
        WikiPage page = findPage(pageId);
        access(actor, findSpace(page.spaceId()), Need.READ);
        return view(findRevision(page, number));
    }

    /** The difference between two revisions of a page (any order: the older one is on the left). */
    @Transactional(readOnly = true)
    public DiffView diff(Actor actor, long pageId, int from, int to) {
        WikiPage page = findPage(pageId);
        access(actor, findSpace(page.spaceId()), Need.READ);
        WikiRevision a = findRevision(page, Math.min(from, to));
        WikiRevision b = findRevision(page, Math.max(from, to));
        return new DiffView(page.id(), page.title(), view(a), view(b), PageDiff.rows(a.body(), b.body()));
    }

    /** Brings an old revision back as the newest one; the revisions in between stay in the history. */
    public PageView restore(Actor actor, long pageId, int number, Long version) {
        WikiPage page = findPage(pageId);
        WikiSpace space = findSpace(page.spaceId());
        Access access = access(actor, space, Need.EDIT);
        WikiRevision old = findRevision(page, number);
        StaleVersionException.check(Text.of("problem.knowledge.page", page.title()), version, page.version());
        uniqueTitle(space.id(), old.title(), page.id());
        page.write(old.title(), old.body(), actor.username(), clock.instant());
        page.nextRevision();
        pages.flush();
        revisions.save(new WikiRevision(page, null, number, clock.instant()));
        relink(page);
        publish(access, actor, "page.restored", page, "revision: " + page.revision() + "\nrestored from: " + number);
        return view(actor, page, space, access);
    }

    /** Markdown as a page of the space would show it, for the editor's preview. */
    @Transactional(readOnly = true)
    public String preview(Actor actor, long spaceId, Long pageId, String body) {
        WikiSpace space = findSpace(spaceId);
        access(actor, space, Need.READ);
        return render(actor, space, pageId, body(body));
    }

    // templates

    /** The built-in templates, then the space's own. */
    @Transactional(readOnly = true)
    public List<TemplateView> templates(Actor actor, long spaceId) {
        WikiSpace space = findSpace(spaceId);
        access(actor, space, Need.READ);
        List<TemplateView> out = new ArrayList<>();
        Templates.BUILT_IN.forEach(key -> out.add(new TemplateView(key, null, null, true)));
        templates.findBySpaceIdOrderByNameAsc(space.id())
                .forEach(t -> out.add(new TemplateView("space-" + t.id(), t.id(), t.name(), false)));
        return out;
    }

    /** A template's text: a built-in one in the reader's language, or the space's own. Unknown keys are refused. */
    @Transactional(readOnly = true)
    public String templateBody(Actor actor, long spaceId, String key, Locale locale) {
        WikiSpace space = findSpace(spaceId);
        access(actor, space, Need.READ);
        if (key == null || key.isBlank()) {
            return "";
        }
        if (Templates.isBuiltIn(key)) {
            return Templates.body(key, locale);
        }
        if (key.startsWith("space-")) {
            try {
                long id = Long.parseLong(key.substring("space-".length()));
                Optional<WikiTemplate> own = templates.findById(id).filter(t -> t.spaceId() == space.id());
                if (own.isPresent()) {
                    return own.get().body();
                }
            } catch (NumberFormatException ignored) {
                // falls through to the refusal below
            }
        }
        throw new InvalidInputException("template", Text.of("problem.knowledge.notTemplate", key));
    }

    public TemplateView addTemplate(Actor actor, long spaceId, String name, String body) {
        WikiSpace space = findSpace(spaceId);
        Access access = access(actor, space, Need.MANAGE);
        String cleanName = text("name", name, 100, true);
        String cleanBody = text("body", body, MAX_TEMPLATE, true);
        if (templates.existsBySpaceIdAndNameKey(space.id(), cleanName.toLowerCase(Locale.ROOT))) {
            throw new ConflictException(Text.of("problem.knowledge.templateExists", cleanName));
        }
        WikiTemplate t = templates.saveAndFlush(new WikiTemplate(space.id(), cleanName, cleanBody, actor.username(),
                clock.instant()));
        events.publishEvent(new KnowledgeEvent(access.projectId(), actor.username(), "template.added", "WikiSpace",
                spaceLabel(space), "template: " + cleanName));
        return new TemplateView("space-" + t.id(), t.id(), t.name(), false);
    }

    // attachments

    /** The largest file a page takes, in bytes ({@code tandem.wiki.max-attachment-size}). */
    public long maxAttachmentBytes() {
        return attachmentPolicy.maxBytes();
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> attachments(Actor actor, long pageId) {
        WikiPage page = findPage(pageId);
        access(actor, findSpace(page.spaceId()), Need.READ);
        return attachments.listByPage(page.id());
    }

    /**
     * Stores a file on a page. Its type is sniffed from the bytes (the name only refines it, as for office files);
     * a file over the limit or of a type not allowed is refused and nothing is stored. A name already used is 409.
     */
    public AttachmentView attach(Actor actor, long pageId, String name, byte[] content) {
        WikiPage page = findPage(pageId);
        WikiSpace space = findSpace(page.spaceId());
        Access access = access(actor, space, Need.EDIT);
        String cleanName = attachmentPolicy.name(name);
        String type = attachmentPolicy.check(cleanName, content);
        if (attachments.existsByPageIdAndName(page.id(), cleanName)) {
            throw new ConflictException(Text.of("problem.knowledge.attachmentExists", page.title(), cleanName));
        }
        WikiAttachment a = attachments.saveAndFlush(new WikiAttachment(page.id(), cleanName, type, content,
                actor.username(), clock.instant()));
        publish(access, actor, "attachment.added", page, "name: " + cleanName + "\ntype: " + type + "\nsize: "
                + content.length);
        return new AttachmentView(a.name(), a.contentType(), a.sizeBytes(), a.uploadedBy(), a.uploadedAt());
    }

    @Transactional(readOnly = true)
    public AttachmentFile attachment(Actor actor, long pageId, String name) {
        WikiPage page = findPage(pageId);
        access(actor, findSpace(page.spaceId()), Need.READ);
        WikiAttachment a = attachments.findByPageIdAndName(page.id(), name)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.knowledge.noAttachment", pageId, name)));
        return new AttachmentFile(a.name(), a.contentType(), a.content());
    }

    public void removeAttachment(Actor actor, long pageId, String name) {
        WikiPage page = findPage(pageId);
        WikiSpace space = findSpace(page.spaceId());
        Access access = access(actor, space, Need.EDIT);
        WikiAttachment a = attachments.findByPageIdAndName(page.id(), name)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.knowledge.noAttachment", pageId, name)));
        attachments.delete(a);
        attachments.flush();
        publish(access, actor, "attachment.deleted", page, "name: " + a.name());
    }

    // ADRs: planning keeps them; the project's space shows them as read-only pages

    @Transactional(readOnly = true)
    public List<AdrView> adrs(Actor actor, String projectKey) {
        return charters.charter(actor, projectKey).adrs();
    }

    @Transactional(readOnly = true)
    public AdrView adr(Actor actor, String projectKey, int number) {
        return adrs(actor, projectKey).stream().filter(a -> a.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("problem.knowledge.noAdr", projectKey, number)));
    }

    // mentions of items, for the item's page

    @Override
    @Transactional(readOnly = true)
    public List<Mention> mentionsOf(Actor reader, String itemKey) {
        // the pages of organisation spaces and of the projects the reader sees, asked without exceptions
        Set<Long> projects = portfolio.visibleProjects(reader).stream().map(ProjectSummary::id)
                .collect(Collectors.toSet());
        Map<Long, WikiSpace> readable = new HashMap<>();
        List<WikiPage> mentioning = new ArrayList<>(pages.findAllById(links.pagesMentioning(itemKey)));
        mentioning.sort(Comparator.comparing(WikiPage::updatedAt).reversed());
        List<Mention> out = new ArrayList<>();
        for (WikiPage page : mentioning) {
            WikiSpace space = readable.computeIfAbsent(page.spaceId(), this::findSpace);
            if (out.size() < MAX_MENTIONS && (space.projectId() == null || projects.contains(space.projectId()))) {
                out.add(new Mention(page.title(), "/wiki/pages/" + page.id(), space.name()));
            }
        }
        return out;
    }

    // rules

    private enum Need { READ, EDIT, MANAGE }

    /** Who the reader is in a space: its project (null for an organisation space) and what they may do. */
    private record Access(WikiSpace space, ProjectRef project, boolean mayEdit, boolean mayManage) {

        Access(WikiSpace space, ProjectRef project, Actor actor) {
            this(space, project,
                    project != null ? project.may(Permission.EDIT_WIKI) : actor.oversees(),
                    project != null ? project.may(Permission.MANAGE_WIKI) : actor.isAdmin());
        }

        Long projectId() {
            return project == null ? null : project.id();
        }
    }

    private Access access(Actor actor, WikiSpace space, Need need) {
        // a project's space answers as every project operation does: 404 for outsiders, 403 naming the role
        Permission needed = switch (need) {
            case EDIT -> Permission.EDIT_WIKI;
            case MANAGE -> Permission.MANAGE_WIKI;
            case READ -> Permission.VIEW_PROJECT;
        };
        ProjectRef project = space.projectId() == null ? null : portfolio.access(actor, space.projectId(), needed);
        Access access = new Access(space, project, actor);
        if (project == null && need == Need.EDIT && !access.mayEdit()) {
            throw new ForbiddenException(Text.of("problem.knowledge.editOrgSpace"));
        }
        if (project == null && need == Need.MANAGE && !access.mayManage()) {
            throw new ForbiddenException(Text.of("problem.knowledge.manageOrgSpace"));
        }
        return access;
    }

    private WikiSpace findSpace(long id) {
        return spaces.findById(id).orElseThrow(() -> new NotFoundException(Text.of("problem.knowledge.noSpace", id)));
    }

    private WikiPage findPage(long id) {
        return pages.findById(id).orElseThrow(() -> new NotFoundException(Text.of("problem.knowledge.noPage", id)));
    }

    private WikiPage findPageIn(WikiSpace space, long id, String field) {
        return pages.findById(id).filter(p -> p.spaceId() == space.id())
                .orElseThrow(() -> new InvalidInputException(field, Text.of("problem.knowledge.notPageOfSpace", id)));
    }

    private WikiRevision findRevision(WikiPage page, int number) {
        return revisions.findByPageIdAndNumber(page.id(), number)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.knowledge.noRevision", page.id(), number)));
    }

    private void uniqueTitle(long spaceId, String title, Long except) {
        pages.findBySpaceIdAndTitleKey(spaceId, WikiPage.key(title)).filter(p -> !p.id().equals(except))
                .ifPresent(p -> {
                    throw new ConflictException(Text.of("problem.knowledge.titleTaken", p.title()));
                });
    }

    private PageConflictException conflict(Actor actor, WikiPage page, WikiSpace space, Access access, String title,
                                           String body, long baseVersion) {
        String base = revisions.findFirstByPageIdAndPageVersionLessThanEqualOrderByNumberDesc(page.id(), baseVersion)
                .map(WikiRevision::body).orElse("");
        return new PageConflictException(title, body, baseVersion, view(actor, page, space, access),
                PageDiff.rows(base, page.body()));
    }

    /** Keeps the references of the page's current text, for backlinks and item mentions. */
    private void relink(WikiPage page) {
        links.deleteByPageId(page.id());
        Markdown.Refs refs = markdown.references(page.body());
        List<WikiLink> rows = new ArrayList<>();
        refs.pageTitles().forEach(t -> rows.add(new WikiLink(page.id(), WikiPage.key(t), null)));
        refs.itemKeys().stream().limit(MAX_ITEM_LINKS).forEach(k -> rows.add(new WikiLink(page.id(), null, k)));
        links.saveAll(rows);
    }

    private void publish(Access access, Actor actor, String action, WikiPage page, String summary) {
        events.publishEvent(new KnowledgeEvent(access.projectId(), actor.username(), action, "WikiPage",
                spaceLabel(access.space()) + " · " + page.title() + " (#" + page.id() + ")", summary));
    }

    private static String spaceLabel(WikiSpace space) {
        return space.spaceKey() != null ? space.spaceKey() : space.name();
    }

    private static String parentTitle(Map<Long, WikiPage> byId, Long parentId) {
        return parentId == null ? "(top)" : byId.get(parentId).title();
    }

    private static PageTree tree(List<WikiPage> all) {
        return new PageTree(all.stream().map(p -> new PageTree.Node(p.id(), p.parentId(), p.position(), p.title())).toList());
    }

    // input

    static String title(String title) {
        String clean = text("title", title, MAX_TITLE, true);
        if (clean.contains("[") || clean.contains("]") || clean.contains("|")) {
            throw new InvalidInputException("title", Text.of("problem.knowledge.titleLinkCharacters"));
        }
        return clean;
    }

    static String body(String body) {
        if (body == null) {
            return "";
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException("body", Text.of("problem.input.tooLong", MAX_BODY));
        }
        return body.replace("\r\n", "\n");
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, Text.of("problem.input.required"));
            }
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new InvalidInputException(field, Text.of("problem.input.tooLong", max));
        }
        if (!field.equals("body") && clean.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw new InvalidInputException(field, Text.of("problem.knowledge.controlCharacters"));
        }
        return clean;
    }

    // views

    private SpaceView view(WikiSpace space, Access access) {
        List<TreeEntry> entries = tree(pages.findBySpaceId(space.id())).ordered().stream()
                .map(e -> new TreeEntry(e.node().id(), e.node().title(), e.node().parentId(), e.node().position(), e.depth()))
                .toList();
        return new SpaceView(space.id(), space.spaceKey(), spaceName(space, access), space.description(),
                access.project() == null ? null : access.project().key(), entries, access.mayEdit(), access.mayManage());
    }

    private PageView view(Actor actor, WikiPage page, WikiSpace space, Access access) {
        List<WikiPage> all = pages.findBySpaceId(space.id());
        PageTree tree = tree(all);
        Map<Long, WikiPage> byId = all.stream().collect(Collectors.toMap(WikiPage::id, Function.identity()));
        List<PageLink> ancestors = tree.ancestors(page.id()).stream().map(n -> new PageLink(n.id(), n.title())).toList();
        List<PageLink> children = tree.childrenOf(page.id()).stream().map(id -> link(byId.get(id))).toList();
        List<PageLink> backlinks = pages.findAllById(links.pagesLinkingTo(WikiPage.key(page.title()))).stream()
                .filter(p -> p.spaceId() == space.id() && !p.id().equals(page.id()))
                .sorted(Comparator.comparing(WikiPage::title, String.CASE_INSENSITIVE_ORDER)).map(KnowledgeManagement::link)
                .toList();
        return new PageView(page.id(), space.id(), spaceName(space, access), access.project() == null ? null : access.project().key(),
                page.title(), page.body(), render(actor, space, page.id(), page.body()), page.parentId(), page.position(),
                page.revision(), page.version(), page.updatedBy(), page.updatedAt(), ancestors, children, backlinks,
                attachments.listByPage(page.id()), access.mayEdit(), access.mayManage());
    }

    /** A project's space is named after its project, whatever the project is called now. */
    private static String spaceName(WikiSpace space, Access access) {
        return access.project() != null ? access.project().name() : space.name();
    }

    private static PageLink link(WikiPage p) {
        return new PageLink(p.id(), p.title());
    }

    private static RevisionView view(WikiRevision r) {
        return new RevisionView(r.number(), r.title(), r.body(), r.changeNote(), r.restoredFrom(), r.author(),
                r.createdAt());
    }

    /** Comments, descriptions, agendas and minutes link to the project's wiki pages and items as pages do. */
    @Override
    @Transactional(readOnly = true)
    public String render(Actor actor, String projectKey, String body) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        // a project whose wiki was never opened has no space yet: titles stay text rather than making one on a read
        return render(actor, spaces.findByProjectId(project.id()).orElse(null), null, body);
    }

    /** Renders Markdown: titles of the space (none without one), items the reader may see, the page's attachments. */
    private String render(Actor actor, WikiSpace space, Long pageId, String body) {
        Markdown.Refs refs = markdown.references(body);
        Map<String, Long> titled = space == null ? Map.of() : pages.findBySpaceIdAndTitleKeyIn(space.id(),
                        refs.pageTitles().stream().map(WikiPage::key).distinct().toList()).stream()
                .collect(Collectors.toMap(p -> WikiPage.key(p.title()), WikiPage::id, (a, b) -> a));
        Set<String> visibleItems = workItems.visibleKeys(actor, refs.itemKeys().stream().limit(MAX_ITEM_LINKS).toList());
        Set<String> files = pageId == null ? Set.of() : attachments.listByPage(pageId).stream().map(AttachmentView::name)
                .collect(Collectors.toSet());
        return markdown.render(body, new MarkdownLinks() {
            @Override
            public PageTarget page(String title) {
                if (space == null) {
                    return null;
                }
                Long id = titled.get(WikiPage.key(title));
                return id != null ? new PageTarget("/wiki/pages/" + id, true)
                        : new PageTarget("/wiki/spaces/" + space.id() + "/new?title=" + encode(title), false);
            }

            @Override
            public String item(String key) {
                return visibleItems.contains(key) ? "/items/" + key : null;
            }

            @Override
            public String attachment(String name) {
                return files.contains(name) ? "/wiki/pages/" + pageId + "/attachments/" + encode(name) : null;
            }
        });
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
