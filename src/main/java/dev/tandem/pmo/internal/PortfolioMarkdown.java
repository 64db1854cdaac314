package dev.tandem.pmo.internal;

import dev.tandem.pmo.HealthRules;
import dev.tandem.pmo.PortfolioOverview;
import dev.tandem.pmo.Rag;
import dev.tandem.reporting.DeliverySource;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The portfolio view as Markdown for the monthly alignment meeting, in the reader's language (the {@code pmo.*}
 * messages): the health table with its rules, the milestones on one timeline, each project's risks, change requests,
 * scorecards and DORA figures, and the people the projects share. What people wrote (titles) stays as written.
 */
@Component
public class PortfolioMarkdown {

    private final MessageSource messages;

    PortfolioMarkdown(MessageSource messages) {
        this.messages = messages;
    }

    public String render(PortfolioOverview view, Locale locale) {
        return new Writer(locale).render(view);
    }

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
            return messages.getMessage("pmo." + key, texts, locale);
        }

        String render(PortfolioOverview v) {
            md.append("# ").append(v.portfolio() == null ? t("title") : t("md.title", clean(v.portfolio()), v.week()))
                    .append("\n\n").append(t("asOf", v.asOf())).append('\n');
            if (v.truncated()) {
                md.append('\n').append(t("truncated", v.projects().size())).append('\n');
            }
            heading("health");
            line("- " + t("rule.schedule", HealthRules.SCHEDULE_AMBER_DAYS));
            line("- " + t("rule.scope", HealthRules.SCOPE_RED_CHANGES - 1, HealthRules.SCOPE_RED_CHANGES));
            line("- " + t("rule.budget", HealthRules.BUDGET_GREEN_CPI, HealthRules.BUDGET_AMBER_CPI));
            line("- " + t("rule.quality", HealthRules.QUALITY_STALE_DAYS));
            md.append('\n');
            if (v.projects().isEmpty()) {
                line(t("none"));
            } else {
                line("| " + t("project") + " | " + t("schedule") + " | " + t("scope") + " | " + t("budget") + " | "
                        + t("quality") + " |");
                line("|---|---|---|---|---|");
                for (var p : v.projects()) {
                    line("| " + p.key() + " " + cell(p.name()) + " | "
                            + health(p.schedule(), t("figure.schedule", p.schedule().subject(), p.schedule().figure()))
                            + " | " + health(p.scope(), t("figure.scope", p.scope().figure()))
                            + " | " + health(p.budget(), t("figure.budget", p.budget().figure()))
                            + " | " + health(p.quality(), t("figure.quality", p.quality().figure())) + " |");
                }
            }
            heading("timeline");
            if (v.timeline().isEmpty()) {
                line("- " + t("none"));
            }
            for (var m : v.timeline()) {
                String state = m.done() ? t("milestone.done") : m.baselineDate() == null ? t("milestone.noBaseline")
                        : m.slipDays() > 0 ? t("milestone.late", m.baselineDate(), m.slipDays())
                        : t("milestone.onTrack", m.baselineDate());
                line("- " + (m.date() == null ? "–" : m.date()) + " · " + m.project() + " · " + m.key() + " "
                        + clean(m.title()) + ": " + state);
            }
            for (var p : v.projects()) {
                md.append("\n## ").append(p.key()).append(' ').append(clean(p.name())).append('\n');
                subheading("topRisks");
                if (p.topRisks().isEmpty()) {
                    line("- " + t("none"));
                }
                p.topRisks().forEach(r -> line("- " + clean(r.title()) + " — " + t("risk", r.score(), r.owner())));
                subheading("openChanges");
                if (p.openChanges().isEmpty()) {
                    line("- " + t("none"));
                }
                p.openChanges().forEach(c -> line("- " + c.code() + " " + clean(c.title())
                        + (c.notVotedYet().isEmpty() ? "" : " — " + t("waitingFor", String.join(", ", c.notVotedYet())))));
                subheading("scorecards");
                if (p.scorecards().isEmpty()) {
                    line("- " + t("none"));
                }
                p.scorecards().forEach(c -> line("- " + c.item() + " " + clean(c.title()) + ": "
                        + t("scorecard", c.overall() == null ? null : c.overall().stripTrailingZeros().toPlainString())));
                subheading("dora");
                line("- " + dora(p.dora()));
            }
            heading("shared");
            if (v.sharedPeople().isEmpty()) {
                line("- " + t("none"));
            }
            for (var s : v.sharedPeople()) {
                line("- " + clean(s.displayName()) + ": " + t("load", s.plannedHours().toPlainString(),
                        s.availableHours().toPlainString()) + (s.over() ? " — " + t("over") : "") + " ("
                        + s.projects().stream().map(x -> x.project() + " " + x.plannedHours().toPlainString() + " h")
                        .collect(Collectors.joining(", ")) + ")");
            }
            return md.toString();
        }

        private String dora(DeliverySource.Figures d) {
            if (d == null) {
                return t("dora.none");
            }
            return t("dora.figures", one(d.deploymentsPerWeek()), d.frequencyBand(), one(d.leadHours()),
                    d.leadTimeBand(), d.changeFailureRate() == null ? null : Math.round(d.changeFailureRate() * 100),
                    d.failureRateBand(), one(d.restoreHours()), d.restoreBand());
        }

        private static String one(Double value) {
            return value == null ? null : String.format(Locale.ROOT, "%.1f", value);
        }

        private String health(PortfolioOverview.Health h, String figure) {
            String colour = t("rag." + h.colour());
            return h.colour() == Rag.UNKNOWN || h.figure() == null ? colour : colour + " (" + figure + ")";
        }

        private void heading(String key) {
            md.append("\n## ").append(t(key)).append("\n\n");
        }

        private void subheading(String key) {
            md.append("\n### ").append(t(key)).append("\n\n");
        }

        private void line(String text) {
            md.append(text).append('\n');
        }
    }

    /** One line of text: a title with line breaks would break the list. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** A table cell: a pipe would end it. */
    private static String cell(String text) {
        return clean(text).replace("|", "\\|");
    }
}
