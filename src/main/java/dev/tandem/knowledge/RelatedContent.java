package dev.tandem.knowledge;

import dev.tandem.estimation.SentenceEmbeddings.Vector;
import dev.tandem.knowledge.RelatedView.Related;
import dev.tandem.knowledge.internal.RelatedVectors;
import dev.tandem.knowledge.internal.RelatedVectors.Key;
import dev.tandem.knowledge.internal.WikiPage;
import dev.tandem.knowledge.internal.WikiPages;
import dev.tandem.knowledge.internal.WikiSpace;
import dev.tandem.knowledge.internal.WikiSpaces;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Related pages and items" beside a wiki page and a work item: the pages and items whose text means the most nearly
 * the same, by the sentence embeddings of {@code estimation} (English and Chinese models; a text is compared only
 * with texts of its own language). Only what the reader may open takes part: the organisation spaces and the spaces
 * and items of the projects the reader sees, as in search. The vectors are computed in the background
 * ({@link RelatedVectors}); until the text itself is read the answer says it is not ready.
 */
@Service
@Transactional(readOnly = true)
public class RelatedContent {

    /** How many are shown. */
    static final int SHOWN = 5;
    /** The least cosine shown, per model: the Chinese model scores unrelated texts higher than the English one. */
    static final double LEAST_EN = 0.4;
    static final double LEAST_ZH = 0.6;
    /** The models read a few hundred tokens; a longer text only costs time. */
    static final int MAX_CHARS = 1_000;

    private final KnowledgeManagement wiki;
    private final WikiSpaces spaces;
    private final WikiPages pages;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement items;
    private final RelatedVectors vectors;

    RelatedContent(KnowledgeManagement wiki, WikiSpaces spaces, WikiPages pages, PortfolioManagement portfolio,
                   WorkItemManagement items, RelatedVectors vectors) {
        this.wiki = wiki;
        this.spaces = spaces;
        this.pages = pages;
        this.portfolio = portfolio;
        this.items = items;
        this.vectors = vectors;
    }

    /** Beside a wiki page the reader may read; a page without text has none. */
    public RelatedView forPage(Actor reader, long pageId) {
        PageView page = wiki.page(reader, pageId);
        if (page.body() == null || page.body().isBlank()) {
            return RelatedView.nothing();
        }
        return related(reader, new Key('p', page.id(), page.version()), text(page.title(), page.body()));
    }

    /** Beside an item of the project. */
    public RelatedView forItem(Actor reader, String projectKey, String itemKey) {
        ProjectRef project = portfolio.access(reader, projectKey, Permission.VIEW_PROJECT);
        ItemView item = items.get(reader, itemKey);
        if (!item.projectKey().equalsIgnoreCase(project.key())) {
            throw new NotFoundException(Text.of("problem.knowledge.noItem", itemKey, project.key()));
        }
        return related(reader, new Key('i', item.id(), item.version()), text(item.title(), item.description()));
    }

    private record Candidate(Key key, String text, String kind, String code, String title, String href, String where) {
    }

    private RelatedView related(Actor reader, Key self, String text) {
        Vector source = vectors.vector(self, text);
        List<Candidate> candidates = candidates(reader, self);
        int pending = 0;
        List<Related> found = new ArrayList<>();
        for (Candidate c : candidates) {
            Vector vector = vectors.vector(c.key(), c.text());
            if (vector == null) {
                pending++;
            } else if (source != null) {
                double similarity = source.similarity(vector);
                if (similarity >= ("zh".equals(source.model()) ? LEAST_ZH : LEAST_EN)) {
                    found.add(new Related(c.kind(), c.code(), c.title(), c.href(), c.where(),
                            BigDecimal.valueOf(similarity).setScale(2, RoundingMode.HALF_UP).doubleValue()));
                }
            }
        }
        if (source == null) {
            return new RelatedView(false, pending, List.of());
        }
        found.sort(Comparator.comparingDouble(Related::similarity).reversed().thenComparing(Related::title));
        return new RelatedView(true, pending, List.copyOf(found.subList(0, Math.min(SHOWN, found.size()))));
    }

    /** The pages of the organisation spaces and of the projects the reader sees, and those projects' items. */
    private List<Candidate> candidates(Actor reader, Key self) {
        List<Candidate> out = new ArrayList<>();
        List<WikiSpace> readable = new ArrayList<>(spaces.findByProjectIdIsNullOrderByNameAsc());
        List<ProjectSummary> projects = portfolio.visibleProjects(reader);
        for (ProjectSummary p : projects) {
            spaces.findByProjectId(p.id()).ifPresent(readable::add);
        }
        for (WikiSpace space : readable) {
            String where = space.projectId() == null ? space.name() : space.spaceKey();
            for (WikiPage page : pages.findBySpaceId(space.id())) {
                Key key = new Key('p', page.id(), page.version());
                if (page.id() != self.id() || self.kind() != 'p') {
                    if (page.body() != null && !page.body().isBlank()) {
                        out.add(new Candidate(key, text(page.title(), page.body()), "page", Long.toString(page.id()),
                                page.title(), "/wiki/pages/" + page.id(), where));
                    }
                }
            }
        }
        for (ProjectSummary p : projects) {
            for (ItemView item : items.all(reader, p.key())) {
                if (item.id() != self.id() || self.kind() != 'i') {
                    out.add(new Candidate(new Key('i', item.id(), item.version()), text(item.title(), item.description()),
                            "item", item.key(), item.title(), "/items/" + item.key(), p.key()));
                }
            }
        }
        return out;
    }

    static String text(String title, String body) {
        String text = body == null || body.isBlank() ? title.strip() : title.strip() + "\n" + body.strip();
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }
}
