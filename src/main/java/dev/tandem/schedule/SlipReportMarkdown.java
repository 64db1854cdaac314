package dev.tandem.schedule;

import java.util.Map;

/** Why a date moved, as Markdown: the total, the causes by kind, then each cause in the order it happened. */
public final class SlipReportMarkdown {

    private static final Map<String, String> KINDS = Map.of("start", "Already different at the start",
            "estimate", "Estimate changes", "late", "Late work", "blocked", "Blocked work", "scope", "Scope changes",
            "change-request", "Approved change requests", "calendar", "Calendar", "people", "People and leave",
            "progress", "Work finished or started");

    private SlipReportMarkdown() {
    }

    public static String render(SlipReport r) {
        StringBuilder md = new StringBuilder();
        String name = "*".equals(r.target()) ? "the project finish" : r.target() + " " + escape(r.title());
        md.append("# Why ").append(name).append(" moved\n\n");
        md.append(r.project()).append(", from ").append(escape(r.fromLabel())).append(" (").append(r.from())
                .append(") to ").append(r.to()).append(".\n\n");
        if (r.removed()) {
            md.append("The milestone was deleted in this window; its movement up to then is shown.\n\n");
        }
        if (r.addedAt() != null) {
            md.append("The milestone was added on ").append(r.addedAt()).append("; it is measured from then.\n\n");
        }
        md.append("**").append(text(r.startDate())).append(" → ").append(text(r.endDate())).append(": ")
                .append(signed(r.slipDays())).append(" working days.**\n");
        if (!r.byKind().isEmpty()) {
            md.append("\n| Cause | Working days | Changes |\n|---|---|---|\n");
            r.byKind().forEach(k -> md.append("| ").append(KINDS.getOrDefault(k.kind(), k.kind())).append(" | ")
                    .append(signed(k.days())).append(" | ").append(k.causes()).append(" |\n"));
            md.append("\n## Causes\n\n");
            for (SlipReport.Cause c : r.causes()) {
                md.append("- ").append(signed(c.days())).append(" d, ").append(c.at().toString(), 0, 10).append(": ")
                        .append(describe(c)).append('\n');
            }
        }
        if (r.changesOffPath() > 0) {
            md.append("\n").append(r.changesOffPath())
                    .append(" other recorded changes moved nothing: their items were off the driving path.\n");
        }
        md.append("\nDriving path now: ").append(r.endPath().isEmpty() ? "–" : String.join(" → ", r.endPath()))
                .append('\n');
        return md.toString();
    }

    /** One cause in a sentence. */
    public static String describe(SlipReport.Cause c) {
        StringBuilder s = new StringBuilder(KINDS.getOrDefault(c.kind(), c.kind()));
        if (c.changeRequest() != null) {
            s.append(" ").append(c.changeRequest()).append(" ").append(escape(c.changeRequestTitle()));
            if (!c.approvers().isEmpty()) {
                s.append(", approved by ").append(escape(String.join(", ", c.approvers())));
            }
            if (c.predictedDays() != null) {
                s.append(", predicted ").append(signed(c.predictedDays())).append(" d");
            }
        }
        if (c.item() != null) {
            s.append(" — ").append(c.item());
            if (c.itemTitle() != null) {
                s.append(" ").append(escape(c.itemTitle()));
            }
            if (c.itemDeleted()) {
                s.append(" (deleted)");
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
            s.append("; owner ").append(escape(c.ownerName()));
        }
        return s.toString();
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
