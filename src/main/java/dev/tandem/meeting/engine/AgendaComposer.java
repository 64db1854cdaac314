package dev.tandem.meeting.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Writes a meeting's agenda as Markdown from live data: for the weekly sync the sync report's sections, for the PMO
 * alignment each project of the portfolio (its milestones, top risks, open change requests and scorecards), then,
 * for every kind, the action items still open from earlier meetings of the series. Section headings and phrases come
 * from {@code labels} (a message key and its arguments), so the agenda is written in the organiser's language.
 */
public final class AgendaComposer {

    /** Where a milestone stands against the baseline; a null date is unknown. */
    public record Milestone(String key, String title, LocalDate baselineDate, LocalDate forecastDate, int slipDays,
                            boolean done) {
    }

    /** An item the meeting should look at; {@code note} says why (a blocker's reason, a delay risk's percentage). */
    public record Flagged(String key, String title, String note) {
    }

    public record Risk(String title, int score, String owner) {
    }

    public record Change(String code, String title, List<String> waitingFor) {
    }

    /** The tech-debt buffer; {@code zone} is GREEN, YELLOW or RED, null when the project has no buffer. */
    public record Buffer(String zone, String consumedPercent, String bufferDays) {
    }

    public record Load(String person, String plannedHours, String availableHours) {
    }

    /** The weekly sync report's sections, as far as an agenda needs them. */
    public record Sync(String week, List<Milestone> milestones, List<Flagged> atRisk, List<Flagged> blocked,
                       List<Flagged> overdue, List<Risk> risks, List<Change> changes, Buffer buffer, List<Load> overCapacity) {
    }

    /** A technical impact scorecard: the item scored and its overall score. */
    public record Scorecard(String item, String title, String overall) {
    }

    /** One project of the portfolio, for the PMO alignment. */
    public record ProjectStatus(String key, String name, List<Milestone> milestones, List<Risk> risks,
                                List<Change> changes, List<Scorecard> scorecards) {
    }

    /** The projects of a portfolio ({@code name} null: the whole organisation), in the order to discuss them. */
    public record Portfolio(String name, List<ProjectStatus> projects) {
    }

    /** How many risks of each project the PMO alignment lists, the highest scores first. */
    public static final int TOP_RISKS = 3;
    /** How many scorecards of each project it lists. */
    public static final int SCORECARDS = 5;

    /** An action item of an earlier meeting that is not done yet. */
    public record OpenAction(String title, String owner, boolean ownerLeft, LocalDate due, LocalDate agreedOn,
                             String item, String itemStatus) {
    }

    private final BiFunction<String, Object[], String> labels;

    public AgendaComposer(BiFunction<String, Object[], String> labels) {
        this.labels = labels;
    }

    /** The agenda; {@code sync} is null for meetings other than the weekly sync. */
    public String compose(Sync sync, List<OpenAction> openActions) {
        return compose(sync, null, openActions);
    }

    /** The agenda; {@code portfolio} is null for meetings other than the PMO alignment. */
    public String compose(Sync sync, Portfolio portfolio, List<OpenAction> openActions) {
        StringBuilder md = new StringBuilder();
        if (sync != null) {
            syncSections(md, sync);
        }
        if (portfolio != null) {
            portfolioSections(md, portfolio);
        }
        heading(md, "meeting.agenda.openActions");
        if (openActions.isEmpty()) {
            line(md, "- " + label("meeting.agenda.none"));
        }
        for (OpenAction a : openActions) {
            StringBuilder l = new StringBuilder("- [ ] ").append(clean(a.title())).append(" — ").append(clean(a.owner()));
            if (a.ownerLeft()) {
                l.append(" ").append(label("meeting.agenda.ownerLeft"));
            }
            if (a.due() != null) {
                l.append(", ").append(label("meeting.agenda.due", a.due()));
            }
            l.append(", ").append(label("meeting.agenda.agreedOn", a.agreedOn()));
            if (a.item() != null) {
                l.append(", ").append(a.item());
                if (a.itemStatus() != null) {
                    l.append(" (").append(clean(a.itemStatus())).append(")");
                }
            }
            line(md, l.toString());
        }
        heading(md, "meeting.agenda.other");
        line(md, "- ");
        return md.toString().stripTrailing() + "\n";
    }

    private void portfolioSections(StringBuilder md, Portfolio portfolio) {
        if (portfolio.name() == null) {
            heading(md, "meeting.agenda.organisation");
        } else {
            heading(md, "meeting.agenda.portfolio", portfolio.name());
        }
        if (portfolio.projects().isEmpty()) {
            line(md, "- " + label("meeting.agenda.none"));
        }
        for (ProjectStatus p : portfolio.projects()) {
            blankLine(md);
            md.append("### ").append(p.key()).append(' ').append(clean(p.name())).append("\n\n");
            subheading(md, "meeting.agenda.milestones");
            milestones(md, p.milestones());
            subheading(md, "meeting.agenda.topRisks");
            List<Risk> risks = p.risks().stream().sorted(java.util.Comparator.comparingInt(Risk::score).reversed())
                    .limit(TOP_RISKS).toList();
            if (risks.isEmpty()) {
                line(md, "- " + label("meeting.agenda.none"));
            }
            risks.forEach(r -> line(md, "- " + clean(r.title()) + " — "
                    + label("meeting.agenda.risk", r.score(), dash(r.owner()))));
            subheading(md, "meeting.agenda.openChanges");
            changes(md, p.changes());
            subheading(md, "meeting.agenda.scorecards");
            if (p.scorecards().isEmpty()) {
                line(md, "- " + label("meeting.agenda.none"));
            }
            p.scorecards().stream().limit(SCORECARDS).forEach(c -> line(md, "- " + c.item() + " " + clean(c.title())
                    + ": " + label("meeting.agenda.scorecard", c.overall())));
        }
    }

    private void milestones(StringBuilder md, List<Milestone> milestones) {
        if (milestones.isEmpty()) {
            line(md, "- " + label("meeting.agenda.none"));
        }
        for (Milestone m : milestones) {
            String state;
            if (m.done()) {
                state = label("meeting.agenda.milestone.done");
            } else if (m.baselineDate() == null) {
                state = label("meeting.agenda.milestone.noBaseline", dash(m.forecastDate()));
            } else if (m.slipDays() > 0) {
                state = label("meeting.agenda.milestone.late", dash(m.forecastDate()), m.baselineDate(), m.slipDays());
            } else {
                state = label("meeting.agenda.milestone.onTrack", dash(m.forecastDate()), m.baselineDate());
            }
            line(md, "- " + m.key() + " " + clean(m.title()) + ": " + state);
        }
    }

    private void changes(StringBuilder md, List<Change> changes) {
        if (changes.isEmpty()) {
            line(md, "- " + label("meeting.agenda.none"));
        }
        for (Change c : changes) {
            line(md, "- " + c.code() + " " + clean(c.title()) + (c.waitingFor().isEmpty() ? ""
                    : " — " + label("meeting.agenda.waitingFor", String.join(", ", c.waitingFor()))));
        }
    }

    private void syncSections(StringBuilder md, Sync sync) {
        heading(md, "meeting.agenda.milestones");
        milestones(md, sync.milestones());
        flagged(md, "meeting.agenda.atRisk", sync.atRisk());
        flagged(md, "meeting.agenda.blocked", sync.blocked());
        flagged(md, "meeting.agenda.overdue", sync.overdue());
        heading(md, "meeting.agenda.risks");
        if (sync.risks().isEmpty()) {
            line(md, "- " + label("meeting.agenda.none"));
        }
        for (Risk r : sync.risks()) {
            line(md, "- " + clean(r.title()) + " — " + label("meeting.agenda.risk", r.score(), dash(r.owner())));
        }
        heading(md, "meeting.agenda.changes");
        changes(md, sync.changes());
        heading(md, "meeting.agenda.buffer");
        Buffer b = sync.buffer();
        line(md, "- " + (b == null || b.zone() == null ? label("meeting.agenda.buffer.none")
                : label("meeting.agenda.buffer.state", label("meeting.agenda.zone." + b.zone()), b.consumedPercent(),
                b.bufferDays())));
        heading(md, "meeting.agenda.overCapacity");
        if (sync.overCapacity().isEmpty()) {
            line(md, "- " + label("meeting.agenda.none"));
        }
        for (Load l : sync.overCapacity()) {
            line(md, "- " + clean(l.person()) + ": " + label("meeting.agenda.load", l.plannedHours(), l.availableHours()));
        }
    }

    private void flagged(StringBuilder md, String heading, List<Flagged> items) {
        heading(md, heading);
        if (items.isEmpty()) {
            line(md, "- " + label("meeting.agenda.none"));
        }
        for (Flagged f : items) {
            line(md, "- " + f.key() + " " + clean(f.title()) + (f.note() == null || f.note().isBlank() ? ""
                    : " — " + clean(f.note())));
        }
    }

    private void heading(StringBuilder md, String key, Object... args) {
        if (!md.isEmpty()) {
            md.append('\n');
        }
        md.append("## ").append(label(key, args)).append("\n\n");
    }

    private void subheading(StringBuilder md, String key) {
        blankLine(md);
        md.append("#### ").append(label(key)).append("\n\n");
    }

    /** Ends the text so far with one empty line. */
    private static void blankLine(StringBuilder md) {
        if (md.length() < 2 || md.charAt(md.length() - 1) != '\n' || md.charAt(md.length() - 2) != '\n') {
            md.append('\n');
        }
    }

    private static void line(StringBuilder md, String text) {
        md.append(text).append('\n');
    }

    private String label(String key, Object... args) {
        return labels.apply(key, args);
    }

    private static Object dash(Object value) {
        return value == null ? "–" : value;
    }

    /** One line of text: a title with line breaks would break the list. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
