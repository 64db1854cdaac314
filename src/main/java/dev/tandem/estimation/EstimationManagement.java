package dev.tandem.estimation;

import dev.tandem.estimation.engine.EffortSuggester;
import dev.tandem.estimation.engine.EmbeddingLanguage;
import dev.tandem.estimation.engine.ItemText;
import dev.tandem.estimation.engine.Match;
import dev.tandem.estimation.engine.PastItem;
import dev.tandem.estimation.engine.Query;
import dev.tandem.estimation.engine.Suggestion;
import dev.tandem.estimation.internal.TextEmbeddings;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemManagement;
import dev.tandem.workitem.WorkItemType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Suggests story points (and hours) for a new or existing item from the most similar finished items of its project,
 * or of every project the actor can read when the project has fewer than three. Readers of the project may ask;
 * applying a suggestion is an ordinary item edit.
 */
@Service
public class EstimationManagement {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;

    private final PortfolioManagement portfolio;
    private final WorkItemManagement items;
    private final TextEmbeddings embeddings;
    private final List<ActualHours> actualHours;
    private final MessageSource messages;
    private final EffortSuggester suggester = new EffortSuggester(EffortSuggester.DEFAULTS);

    EstimationManagement(PortfolioManagement portfolio, WorkItemManagement items, TextEmbeddings embeddings,
                         List<ActualHours> actualHours, MessageSource messages) {
        this.portfolio = portfolio;
        this.items = items;
        this.embeddings = embeddings;
        this.actualHours = actualHours;
        this.messages = messages;
    }

    /** For an item not created yet: its title, description and type (the last two may be null). */
    public EstimateSuggestion suggest(Actor actor, String projectKey, String title, String description, String type) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", Text.of("problem.estimation.blank"));
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidInputException("title", Text.of("problem.input.tooLong", MAX_TITLE));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", Text.of("problem.input.tooLong", MAX_DESCRIPTION));
        }
        return suggest(actor, project, null, ItemText.of(title, description), typeCode(type), Set.of());
    }

    /** For an existing item of the project, from its title, description, type and labels; never from itself. */
    public EstimateSuggestion suggestFor(Actor actor, String projectKey, String itemKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        ItemView item = items.get(actor, itemKey);
        if (!item.projectKey().equalsIgnoreCase(project.key())) {
            throw new NotFoundException(Text.of("problem.estimation.noItem", itemKey, project.key()));
        }
        return suggest(actor, project, item.id(), ItemText.of(item.title(), item.description()), item.type(), item.labels());
    }

    private EstimateSuggestion suggest(Actor actor, ProjectRef project, Long itself, String text, String type,
                                       Set<String> labels) {
        List<ItemView> history = finished(actor, project.key(), itself);
        var source = EstimateSuggestion.Source.PROJECT;
        if (history.stream().filter(i -> i.storyPoints() != null).count() < EffortSuggester.SHOWN) {
            source = EstimateSuggestion.Source.ORGANISATION;
            for (ProjectSummary other : portfolio.visibleProjects(actor)) {
                if (history.size() >= EffortSuggester.HISTORY) {
                    break;
                }
                if (!other.key().equalsIgnoreCase(project.key())) {
                    history.addAll(finished(actor, other.key(), itself));
                }
            }
        }
        history = history.subList(0, Math.min(EffortSuggester.HISTORY, history.size()));

        EmbeddingLanguage language = EmbeddingLanguage.of(text);
        List<float[]> vectors = embeddings.embedItems(language, history.stream()
                .map(i -> new TextEmbeddings.ItemText(i.id(), i.version(), ItemText.of(i.title(), i.description()))).toList());
        Map<Long, Double> hours = hours(history);
        int[] ages = EffortSuggester.ages(history.stream().map(EstimationManagement::finishedOn).toList());
        List<PastItem> past = new ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) {
            if (vectors.get(i) == null) {
                continue; // still being embedded: a later suggestion counts it
            }
            ItemView item = history.get(i);
            past.add(new PastItem(item.key(), item.title(), item.type(), item.labels(), vectors.get(i),
                    item.storyPoints() == null ? null : item.storyPoints().doubleValue(), hours.get(item.id()),
                    ages[i]));
        }
        Suggestion suggestion = suggester.suggest(new Query(embeddings.embed(language, text), type, labels), past);
        return new EstimateSuggestion(suggestion.points(), suggestion.hours(),
                suggestion.similar().stream().map(EstimationManagement::similar).toList(), suggestion.neighbours(), source,
                language.name(), reason(suggestion, source, project.key()));
    }

    /**
     * The project's finished items with an actual (story points, or hours worked), the most recently finished first.
     * Reading them through the work-item facade checks the actor may read that project.
     */
    private List<ItemView> finished(Actor actor, String projectKey, Long itself) {
        List<ItemView> all = items.all(actor, projectKey).stream()
                .filter(i -> i.statusCategory() == StatusCategory.DONE && !Long.valueOf(i.id()).equals(itself))
                .toList();
        Map<Long, Double> hours = hours(all);
        return new ArrayList<>(all.stream()
                .filter(i -> i.storyPoints() != null || hours.containsKey(i.id()))
                .sorted(Comparator.comparing(EstimationManagement::finishedOn).thenComparing(ItemView::updatedAt).reversed())
                .limit(EffortSuggester.HISTORY)
                .toList());
    }

    /** The day an item was finished; an item without a recorded finish counts from its last change. */
    private static LocalDate finishedOn(ItemView item) {
        return item.actualFinish() != null ? item.actualFinish() : LocalDate.ofInstant(item.updatedAt(), ZoneOffset.UTC);
    }

    private Map<Long, Double> hours(List<ItemView> list) {
        Map<Long, Double> hours = new HashMap<>();
        if (!list.isEmpty()) {
            List<Long> ids = list.stream().map(ItemView::id).toList();
            actualHours.forEach(source -> hours.putAll(source.actualHours(ids)));
        }
        return hours;
    }

    private static SimilarItem similar(Match m) {
        return new SimilarItem(m.key(), m.title(), m.points(), m.hours(),
                BigDecimal.valueOf(m.similarity()).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue());
    }

    /** The reason in a sentence, in the language of the request. */
    private String reason(Suggestion suggestion, EstimateSuggestion.Source source, String projectKey) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!suggestion.present()) {
            return messages.getMessage("estimation.reason.none", new Object[] {projectKey}, locale);
        }
        String reason = source == EstimateSuggestion.Source.PROJECT
                ? messages.getMessage("estimation.reason.project", new Object[] {suggestion.neighbours(), projectKey}, locale)
                : messages.getMessage("estimation.reason.organisation",
                        new Object[] {suggestion.neighbours(), projectKey, EffortSuggester.SHOWN}, locale);
        return suggestion.hours() != null ? reason : reason + messages.getMessage("estimation.reason.noHours", null, locale);
    }

    private static String typeCode(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        return Arrays.stream(WorkItemType.values()).map(WorkItemType::code)
                .filter(code -> code.equals(type.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidInputException("type",
                        Text.of("problem.input.oneOf", "epic, feature, story, task, bug, milestone")));
    }
}
