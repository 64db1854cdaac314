package dev.tandem.schedule;

import java.util.List;
import java.util.function.Function;

/** The weekly sync report as a Markdown agenda, to paste into minutes or a wiki page. */
public final class SyncReportMarkdown {

    private SyncReportMarkdown() {
    }

    public static String render(SyncReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Project–engineering sync: ").append(r.project()).append(", ").append(r.week()).append('\n');
        md.append("\n").append(r.from()).append(" to ").append(r.to()).append(", as of ").append(r.asOf()).append(".\n");
        md.append("\n## Progress against the baseline\n\n");
        if (r.forecastBasis() == SyncReport.ForecastBasis.NOT_RECORDED) {
            md.append("No forecast was recorded in ").append(r.week())
                    .append(", so its finish and milestone dates are unknown; today's are not shown in their place.\n");
        } else {
            if (r.forecastBasis() == SyncReport.ForecastBasis.RECORDED) {
                md.append("As known at the end of ").append(r.week()).append(" (recorded ").append(r.forecastAsOf())
                        .append("): ");
            }
            md.append("Planned finish ").append(text(r.plannedFinish())).append(", forecast finish ")
                    .append(text(r.forecastFinish())).append(r.baseline() == null ? " (no baseline yet)."
                            : " (baseline: " + escape(r.baseline()) + ").").append('\n');
        }
        if (!r.milestones().isEmpty()) {
            md.append("\n| Milestone | Baseline | Plan | Forecast | Slip (working days) |\n|---|---|---|---|---|\n");
            for (var m : r.milestones()) {
                md.append("| ").append(m.key()).append(' ').append(escape(m.title())).append(m.done() ? " (done)" : "")
                        .append(" | ").append(text(m.baselineDate())).append(" | ").append(text(m.plannedDate()))
                        .append(" | ").append(text(m.forecastDate())).append(" | ")
                        .append(m.slipDays() > 0 ? "+" + m.slipDays() : Integer.toString(m.slipDays())).append(" |\n");
            }
        }
        moved(md, r);
        section(md, "Completed this week", r.completed(), i -> i.key() + " " + escape(i.title()) + owner(i.assignee())
                + ", done " + i.date());
        section(md, "New blockers", r.newBlockers(), SyncReportMarkdown::blocker);
        section(md, "Blockers still open", r.openBlockers(), SyncReportMarkdown::blocker);
        section(md, "Overdue", r.overdue(), i -> i.key() + " " + escape(i.title()) + owner(i.assignee())
                + ", due " + i.date());
        section(md, "People over capacity", r.overCapacity(), p -> escape(p.displayName()) + ": "
                + p.plannedHours().toPlainString() + " h planned, " + p.availableHours().toPlainString()
                + " h available (" + String.join(", ", p.items()) + ")");
        section(md, "Risks above the threshold", r.risks(), k -> escape(k.title()) + " (score " + k.score() + ", "
                + (k.owner() == null ? "no owner" : escape(k.owner())) + ", " + k.status() + ")");
        section(md, "Most likely to finish late", r.delayRisks(), d -> d.key() + " " + escape(d.title()) + ": "
                + d.percent() + " %" + (d.reasons().isEmpty() ? "" : " (" + escape(String.join("; ", d.reasons())) + ")"));
        section(md, "Change requests in review", r.changesInReview(), c -> c.code() + " " + escape(c.title())
                + ", asked by " + escape(c.requestedBy()) + ", submitted " + c.submittedOn() + "; not voted yet: "
                + (c.notVotedYet().isEmpty() ? "nobody" : escape(String.join(", ", c.notVotedYet()))));
        section(md, "Change requests decided this week", r.changesDecided(), c -> c.code() + " " + escape(c.title())
                + ": " + (c.approved() ? "approved" : "rejected") + " on " + c.decidedOn() + "."
                + c.votes().stream().map(v -> " " + escape(v.voter()) + (v.approved() ? " approved" : " rejected")
                        + (v.comment() == null ? "" : " (" + escape(v.comment().replace("\n", " ")) + ")") + ".")
                        .collect(java.util.stream.Collectors.joining()));
        md.append("\n## Scope\n\n");
        md.append("- Added: ").append(scope(r.scopeAdded())).append('\n');
        md.append("- Removed: ").append(scope(r.scopeRemoved())).append('\n');
        md.append("\n## Critical path\n\n");
        var path = r.criticalPath();
        if (!path.currentKnown()) {
            md.append("- No record of the critical path in ").append(r.week()).append(".\n");
        } else {
            md.append("- Now: ").append(path.current().isEmpty() ? "none" : String.join(" → ", path.current())).append('\n');
            if (!path.previousKnown()) {
                md.append("- No record of ").append(path.previousWeek()).append(" to compare with.\n");
            } else {
                md.append("- Joined since ").append(path.previousWeek()).append(": ")
                        .append(path.joined().isEmpty() ? "none" : String.join(", ", path.joined())).append('\n');
                md.append("- Left since ").append(path.previousWeek()).append(": ")
                        .append(path.left().isEmpty() ? "none" : String.join(", ", path.left())).append('\n');
            }
        }
        for (EarnedValueSource.Figures ev : r.earnedValue()) {
            md.append("\n## Earned value").append(ev.recorded() ? " (as recorded that week)" : "").append("\n\n")
                    .append("- PV ").append(ev.pv().toPlainString()).append(", EV ").append(ev.ev().toPlainString())
                    .append(", AC ").append(ev.ac().toPlainString()).append(' ').append(ev.currency()).append('\n')
                    .append("- SPI ").append(ev.spi() == null ? "–" : ev.spi().toPlainString()).append(", CPI ")
                    .append(ev.cpi() == null ? "–" : ev.cpi().toPlainString()).append('\n');
        }
        for (DeliverySource.Figures d : r.delivery()) {
            md.append("\n## Delivery (DORA, last 90 days)\n\n")
                    .append("- Deployments a week: ").append(figure(d.deploymentsPerWeek(), "", d.frequencyBand()))
                    .append("; lead time: ").append(figure(d.leadHours(), " h", d.leadTimeBand())).append('\n')
                    .append("- Change failure rate: ").append(figure(d.changeFailureRate() == null ? null
                            : Math.round(d.changeFailureRate() * 100) * 1.0, " %", d.failureRateBand()))
                    .append("; time to restore: ").append(figure(d.restoreHours(), " h", d.restoreBand())).append('\n')
                    .append("- Bands: ").append(d.bandSource()).append('\n');
        }
        decisions(md, r);
        return md.toString();
    }

    private static String figure(Double value, String unit, String band) {
        return value == null ? "–" : value + unit + " (" + band + ")";
    }

    /** Each date that moved since the week before, with its largest causes. */
    private static void moved(StringBuilder md, SyncReport r) {
        md.append("\n## What moved since last week and why\n\n");
        if (r.moved().isEmpty()) {
            md.append("Nothing moved a milestone or the finish.\n");
        }
        for (SyncReport.Moved m : r.moved()) {
            md.append("- ").append("*".equals(m.target()) ? "Project finish" : m.target() + " " + escape(m.title()))
                    .append(": ").append(text(m.startDate())).append(" → ").append(text(m.endDate())).append(", ")
                    .append(SlipReportMarkdown.signed(m.slipDays())).append(" working days since ").append(escape(m.since()))
                    .append('\n');
            m.topCauses().forEach(c -> md.append("  - ").append(SlipReportMarkdown.signed(c.days())).append(" d: ")
                    .append(SlipReportMarkdown.describe(c)).append('\n'));
        }
    }

    /** The review board's decisions, then those of other records (the kick-off, later meeting minutes). */
    private static void decisions(StringBuilder md, SyncReport r) {
        md.append("\n## Decisions and action items\n\n");
        if (r.changesDecided().isEmpty() && r.decisions().isEmpty() && r.actionItems().isEmpty()) {
            md.append("None recorded this week.\n");
        }
        r.changesDecided().forEach(c -> md.append("- ").append(c.code()).append(' ').append(escape(c.title()))
                .append(": ").append(c.approved() ? "approved" : "rejected").append(" (").append(c.decidedOn()).append(")\n"));
        r.decisions().forEach(d -> md.append("- ").append(escape(d.source())).append(" (").append(d.on()).append("): ")
                .append(escape(d.text())).append('\n'));
        r.actionItems().forEach(a -> md.append("- Action item: ").append(escape(a.title())).append(" (")
                .append(escape(a.owner())).append(a.due() == null ? "" : ", due " + a.due())
                .append(a.item() == null ? "" : ", now " + a.item()).append(")\n"));
    }

    private static <T> void section(StringBuilder md, String title, List<T> lines, Function<T, String> line) {
        md.append("\n## ").append(title).append("\n\n");
        if (lines.isEmpty()) {
            md.append("None.\n");
        }
        lines.forEach(l -> md.append("- ").append(line.apply(l)).append('\n'));
    }

    private static String blocker(SyncReport.Blocker b) {
        return b.key() + " " + escape(b.title()) + owner(b.owner()) + ", blocked " + b.ageDays() + " days: "
                + escape(b.reason());
    }

    private static String scope(SyncReport.Scope s) {
        if (s.items() == 0) {
            return "none";
        }
        return s.items() + " items (" + s.storyPoints().toPlainString() + " points, " + s.estimateHours().toPlainString()
                + " h, " + s.mostLikelyDays().toPlainString() + " days): " + String.join(", ", s.keys());
    }

    private static String owner(String name) {
        return name == null ? " (unassigned)" : " (" + escape(name) + ")";
    }

    private static String text(Object value) {
        return value == null ? "–" : value.toString();
    }

    /** Keeps user text from breaking tables or injecting links and HTML into the agenda. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("[", "\\[")
                .replace("\n", " ");
    }
}
