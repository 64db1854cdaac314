package dev.tandem.reporting.internal;

import static dev.tandem.schedule.SlipReportMarkdown.escape;

import dev.tandem.reporting.DeliverySource;
import dev.tandem.reporting.EarnedValueSource;
import dev.tandem.reporting.SyncReport;
import dev.tandem.schedule.SlipReport;
import dev.tandem.schedule.SlipReportMarkdown;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The weekly sync report as a Markdown agenda, to paste into minutes or a wiki page, written in the reader's language
 * (the {@code sync.md.*} messages). What people wrote (titles, reasons, comments) stays as written.
 */
@Component
public class SyncReportMarkdown {

    private final MessageSource messages;

    SyncReportMarkdown(MessageSource messages) {
        this.messages = messages;
    }

    public String render(SyncReport r, Locale locale) {
        return new Writer(locale).render(r);
    }

    /** One rendering: the reader's locale and the text written so far. */
    private final class Writer {

        private final Locale locale;
        private final StringBuilder md = new StringBuilder();

        Writer(Locale locale) {
            this.locale = locale;
        }

        /** Arguments are passed as text so that numbers and dates read the same in every language. */
        private String t(String key, Object... args) {
            Object[] texts = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                texts[i] = args[i] == null ? "–" : args[i].toString();
            }
            return messages.getMessage("sync.md." + key, texts, locale);
        }

        String render(SyncReport r) {
            md.append("# ").append(t("title", r.project(), r.week())).append('\n');
            md.append('\n').append(t("range", r.from(), r.to(), r.asOf())).append('\n');
            heading("progress");
            if (r.forecastBasis() == SyncReport.ForecastBasis.NOT_RECORDED) {
                md.append(t("forecastNotRecorded", r.week())).append('\n');
            } else {
                if (r.forecastBasis() == SyncReport.ForecastBasis.RECORDED) {
                    md.append(t("forecastRecorded", r.week(), r.forecastAsOf())).append(' ');
                }
                md.append(r.baseline() == null ? t("finishNoBaseline", r.plannedFinish(), r.forecastFinish())
                        : t("finishWithBaseline", r.plannedFinish(), r.forecastFinish(), escape(r.baseline())))
                        .append('\n');
            }
            if (!r.milestones().isEmpty()) {
                md.append('\n').append(t("milestoneColumns")).append("\n|---|---|---|---|---|\n");
                for (var m : r.milestones()) {
                    md.append("| ").append(m.key()).append(' ').append(escape(m.title()))
                            .append(m.done() ? " " + t("milestoneDone") : "").append(" | ").append(text(m.baselineDate()))
                            .append(" | ").append(text(m.plannedDate())).append(" | ").append(text(m.forecastDate()))
                            .append(" | ").append(m.slipDays() > 0 ? "+" + m.slipDays() : Integer.toString(m.slipDays()))
                            .append(" |\n");
                }
            }
            moved(r);
            section("completed", r.completed(), i -> t("completedLine", i.key(), escape(i.title()), owner(i.assignee()),
                    i.date()));
            section("newBlockers", r.newBlockers(), this::blocker);
            section("openBlockers", r.openBlockers(), this::blocker);
            section("overdue", r.overdue(), i -> t("overdueLine", i.key(), escape(i.title()), owner(i.assignee()),
                    i.date()));
            section("overCapacity", r.overCapacity(), p -> t("overCapacityLine", escape(p.displayName()),
                    p.plannedHours().toPlainString(), p.availableHours().toPlainString(), String.join(", ", p.items())));
            section("risks", r.risks(), k -> t("riskLine", escape(k.title()), k.score(),
                    k.owner() == null ? t("noOwner") : escape(k.owner()), k.status()));
            section("delayRisks", r.delayRisks(), d -> t("delayRiskLine", d.key(), escape(d.title()), d.percent())
                    + (d.reasons().isEmpty() ? "" : " (" + escape(String.join("; ", d.reasons())) + ")"));
            section("changesInReview", r.changesInReview(), c -> t("changeInReviewLine", c.code(), escape(c.title()),
                    escape(c.requestedBy()), c.submittedOn(),
                    c.notVotedYet().isEmpty() ? t("nobody") : escape(String.join(", ", c.notVotedYet()))));
            section("changesDecided", r.changesDecided(), c -> t(c.approved() ? "approvedLine" : "rejectedLine",
                    c.code(), escape(c.title()), c.decidedOn()) + c.votes().stream().map(v -> " "
                    + t(v.approved() ? "voteApproved" : "voteRejected", escape(v.voter()))
                    + (v.comment() == null ? "" : " " + t("voteComment", escape(v.comment().replace("\n", " ")))) + t("stop"))
                    .collect(Collectors.joining()));
            heading("scope");
            md.append("- ").append(t("scopeAdded", scope(r.scopeAdded()))).append('\n');
            md.append("- ").append(t("scopeRemoved", scope(r.scopeRemoved()))).append('\n');
            criticalPath(r);
            for (EarnedValueSource.Figures ev : r.earnedValue()) {
                heading(ev.recorded() ? "earnedValueRecorded" : "earnedValue");
                md.append("- ").append(t("earnedValueAmounts", ev.pv().toPlainString(), ev.ev().toPlainString(),
                        ev.ac().toPlainString(), ev.currency())).append('\n');
                md.append("- ").append(t("earnedValueIndices", ev.spi() == null ? null : ev.spi().toPlainString(),
                        ev.cpi() == null ? null : ev.cpi().toPlainString())).append('\n');
            }
            for (DeliverySource.Figures d : r.delivery()) {
                heading("delivery");
                md.append("- ").append(t("deliveryPace", figure(d.deploymentsPerWeek(), "", d.frequencyBand()),
                        figure(d.leadHours(), " h", d.leadTimeBand()))).append('\n');
                md.append("- ").append(t("deliveryStability", figure(d.changeFailureRate() == null ? null
                                : Math.round(d.changeFailureRate() * 100) * 1.0, " %", d.failureRateBand()),
                        figure(d.restoreHours(), " h", d.restoreBand()))).append('\n');
                md.append("- ").append(t("deliveryBands", d.bandSource())).append('\n');
            }
            decisions(r);
            return md.toString();
        }

        private void heading(String key) {
            md.append("\n## ").append(t(key)).append("\n\n");
        }

        private String figure(Double value, String unit, String band) {
            return value == null ? "–" : value + unit + " (" + band + ")";
        }

        /** Each date that moved since the week before, with its largest causes. */
        private void moved(SyncReport r) {
            heading("moved");
            if (r.moved().isEmpty()) {
                md.append(t("nothingMoved")).append('\n');
            }
            for (SyncReport.Moved m : r.moved()) {
                String what = "*".equals(m.target()) ? t("projectFinish") : m.target() + " " + escape(m.title());
                md.append("- ").append(t("movedLine", what, text(m.startDate()), text(m.endDate()),
                        SlipReportMarkdown.signed(m.slipDays()), escape(m.since()))).append('\n');
                for (SlipReport.Cause c : m.topCauses()) {
                    md.append("  - ").append(t("causeLine", SlipReportMarkdown.signed(c.days()),
                            new SlipReportMarkdown(messages, locale).describe(c))).append('\n');
                }
            }
        }

        private void criticalPath(SyncReport r) {
            heading("criticalPath");
            var path = r.criticalPath();
            if (!path.currentKnown()) {
                md.append("- ").append(t("noCurrentPath", r.week())).append('\n');
                return;
            }
            md.append("- ").append(t("pathNow", path.current().isEmpty() ? t("none")
                    : String.join(" → ", path.current()))).append('\n');
            if (!path.previousKnown()) {
                md.append("- ").append(t("noPrevious", path.previousWeek())).append('\n');
            } else {
                md.append("- ").append(t("joined", path.previousWeek(), path.joined().isEmpty() ? t("none")
                        : String.join(", ", path.joined()))).append('\n');
                md.append("- ").append(t("left", path.previousWeek(), path.left().isEmpty() ? t("none")
                        : String.join(", ", path.left()))).append('\n');
            }
        }

        /** The review board's decisions, then those of other records (the kick-off, meeting minutes). */
        private void decisions(SyncReport r) {
            heading("decisions");
            if (r.changesDecided().isEmpty() && r.decisions().isEmpty() && r.actionItems().isEmpty()) {
                md.append(t("noDecisions")).append('\n');
            }
            r.changesDecided().forEach(c -> md.append("- ").append(t(c.approved() ? "decidedApproved"
                    : "decidedRejected", c.code(), escape(c.title()), c.decidedOn())).append('\n'));
            r.decisions().forEach(d -> md.append("- ").append(t("decisionLine", escape(d.source()), d.on(),
                    escape(d.text()))).append('\n'));
            r.actionItems().forEach(a -> md.append("- ").append(t("actionItemLine", escape(a.title()),
                    escape(a.owner()) + (a.due() == null ? "" : t("actionDue", a.due()))
                            + (a.item() == null ? "" : t("actionNow", a.item())))).append('\n'));
        }

        private <T> void section(String key, List<T> lines, Function<T, String> line) {
            heading(key);
            if (lines.isEmpty()) {
                md.append(t("noneDot")).append('\n');
            }
            lines.forEach(l -> md.append("- ").append(line.apply(l)).append('\n'));
        }

        private String blocker(SyncReport.Blocker b) {
            return t("blockerLine", b.key(), escape(b.title()), owner(b.owner()), b.ageDays(), escape(b.reason()));
        }

        private String scope(SyncReport.Scope s) {
            if (s.items() == 0) {
                return t("none");
            }
            return t("scopeLine", s.items(), s.storyPoints().toPlainString(), s.estimateHours().toPlainString(),
                    s.mostLikelyDays().toPlainString(), String.join(", ", s.keys()));
        }

        private String owner(String name) {
            return " (" + (name == null ? t("unassigned") : escape(name)) + ")";
        }
    }

    private static String text(Object value) {
        return value == null ? "–" : value.toString();
    }
}
