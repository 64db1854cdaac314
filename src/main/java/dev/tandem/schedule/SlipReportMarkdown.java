package dev.tandem.schedule;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Why a date moved, as Markdown in the reader's language (the {@code slip.*} messages): the total, the causes by
 * kind, then each cause in the order it happened. What people wrote (titles, notes, names) stays as written.
 */
public final class SlipReportMarkdown {

    private final MessageSource messages;
    private final Locale locale;

    public SlipReportMarkdown(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String render(SlipReport r) {
        StringBuilder md = new StringBuilder();
        String name = "*".equals(r.target()) ? t("slip.md.projectFinish") : r.target() + " " + escape(r.title());
        md.append("# ").append(t("slip.md.heading", name)).append("\n\n");
        md.append(t("slip.md.window", r.project(), escape(r.fromLabel()), r.from(), r.to())).append("\n\n");
        if (r.removed()) {
            md.append(t("slip.removed")).append("\n\n");
        }
        if (r.addedAt() != null) {
            md.append(t("slip.added", r.addedAt())).append("\n\n");
        }
        md.append("**").append(t("slip.md.total", text(r.startDate()), text(r.endDate()), signed(r.slipDays())))
                .append("**\n");
        if (!r.byKind().isEmpty()) {
            md.append("\n").append(t("slip.md.columns")).append("\n|---|---|---|\n");
            r.byKind().forEach(k -> md.append("| ").append(kind(k.kind())).append(" | ").append(signed(k.days()))
                    .append(" | ").append(k.causes()).append(" |\n"));
            md.append("\n## ").append(t("slip.md.causes")).append("\n\n");
            for (SlipReport.Cause c : r.causes()) {
                md.append("- ").append(t("slip.md.causeLine", signed(c.days()), c.at().toString().substring(0, 10),
                        describe(c))).append('\n');
            }
        }
        if (r.changesOffPath() > 0) {
            md.append("\n").append(t("slip.offPath", r.changesOffPath())).append('\n');
        }
        md.append("\n").append(t("slip.path", r.endPath().isEmpty() ? "–" : String.join(" → ", r.endPath())))
                .append('\n');
        return md.toString();
    }

    /** One cause in a sentence. */
    public String describe(SlipReport.Cause c) {
        StringBuilder s = new StringBuilder(kind(c.kind()));
        if (c.changeRequest() != null) {
            s.append(" ").append(c.changeRequest()).append(" ").append(escape(c.changeRequestTitle()));
            if (!c.approvers().isEmpty()) {
                s.append(", ").append(t("slip.approvers", escape(String.join(", ", c.approvers()))));
            }
            if (c.predictedDays() != null) {
                s.append(", ").append(t("slip.md.predicted", signed(c.predictedDays())));
            }
        }
        if (c.item() != null) {
            s.append(" — ").append(c.item());
            if (c.itemTitle() != null) {
                s.append(" ").append(escape(c.itemTitle()));
            }
            if (c.itemDeleted()) {
                s.append(" ").append(t("slip.md.deleted"));
            }
        }
        if (!c.fields().isEmpty() && !"calendar".equals(c.kind())) {
            s.append(", ").append(String.join(", ", c.fields()));
        }
        if (c.from() != null || c.to() != null) {
            s.append(": ").append(text(escape(c.from()))).append(" → ").append(text(escape(c.to())));
        }
        if (c.note() != null) {
            s.append(" (").append(escape(c.note())).append(")");
        }
        if (c.ownerName() != null) {
            s.append("; ").append(t("slip.md.owner", escape(c.ownerName())));
        }
        return s.toString();
    }

    private String kind(String kind) {
        return messages.getMessage("slip.kind." + kind, null, kind, locale);
    }

    /** Arguments go in as text, so that numbers and dates read the same in every language. */
    private String t(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] == null ? "–" : args[i].toString();
        }
        return messages.getMessage(key, texts, locale);
    }

    public static String signed(int days) {
        return days > 0 ? "+" + days : Integer.toString(days);
    }

    private static String text(Object value) {
        return value == null || value.toString().isEmpty() ? "–" : value.toString();
    }

    /** Keeps user text from breaking tables or injecting links and HTML into Markdown. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("[", "\\[")
                .replace("\n", " ");
    }
}
