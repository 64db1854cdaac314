package dev.tandem.schedule.web;

import dev.tandem.schedule.SlipReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The waterfall of a {@link SlipReport} as SVG geometry: the start date's bar at zero, one floating bar per cause
 * (up where it pushed the date out, down where it pulled it in), then the total. Many causes keep the
 * {@link #MAX_CAUSES} largest in the order they happened and fold the rest into one bar.
 */
record SlipChart(int width, int height, double zeroY, List<Bar> bars) {

    static final int MAX_CAUSES = 12;
    private static final int WIDTH = 760;
    private static final int HEIGHT = 260;
    private static final int TOP = 24;
    private static final int BOTTOM = 64;
    private static final int LEFT = 16;

    /**
     * {@code kind} is a cause's kind, "start", "end" or "others"; {@code label} an item key, a change request or a
     * date; {@code days} the movement (the total for "end"); {@code step} the cause's step, for the link to its row.
     */
    record Bar(double x, double y, double width, double height, double labelX, String kind, String label, int days,
               int step, String tone) {
    }

    static SlipChart of(SlipReport report) {
        List<SlipReport.Cause> causes = report.causes();
        Set<SlipReport.Cause> shown = causes.stream()
                .sorted(Comparator.comparingInt((SlipReport.Cause c) -> -Math.abs(c.days())))
                .limit(MAX_CAUSES).collect(Collectors.toSet());
        int folded = causes.stream().filter(c -> !shown.contains(c)).mapToInt(SlipReport.Cause::days).sum();
        int foldedCount = causes.size() - shown.size();

        // running totals, for the scale first
        int running = 0;
        int min = 0;
        int max = 0;
        for (SlipReport.Cause c : causes) {
            running += c.days();
            min = Math.min(min, running);
            max = Math.max(max, running);
        }
        int span = Math.max(1, max - min);
        int count = shown.size() + (foldedCount > 0 ? 1 : 0) + 2;
        double slot = (double) (WIDTH - 2 * LEFT) / count;
        double barWidth = Math.min(48, slot * 0.7);
        double perDay = (double) (HEIGHT - TOP - BOTTOM) / span;
        double zeroY = TOP + max * perDay;

        List<Bar> bars = new ArrayList<>();
        int index = 0;
        bars.add(bar(index++, slot, barWidth, zeroY, perDay, 0, 0, "start", String.valueOf(report.startDate()), 0, 0));
        running = 0;
        for (SlipReport.Cause c : causes) {
            if (!shown.contains(c)) {
                continue;
            }
            String label = c.changeRequest() != null ? c.changeRequest() : c.item() != null ? c.item() : c.at().toString().substring(0, 10);
            bars.add(bar(index++, slot, barWidth, zeroY, perDay, running, c.days(), c.kind(), label, c.days(), c.step()));
            running += c.days();
        }
        if (foldedCount > 0) {
            bars.add(bar(index++, slot, barWidth, zeroY, perDay, running, folded, "others", "+" + foldedCount, folded, 0));
            running += folded;
        }
        bars.add(bar(index, slot, barWidth, zeroY, perDay, 0, running, "end", String.valueOf(report.endDate()), running, 0));
        return new SlipChart(WIDTH, HEIGHT, zeroY, bars);
    }

    private static Bar bar(int index, double slot, double width, double zeroY, double perDay, int from, int days,
                           String kind, String label, int shownDays, int step) {
        double x = LEFT + index * slot + (slot - width) / 2;
        double top = zeroY - Math.max(from, from + days) * perDay;
        double height = Math.max(2, Math.abs(days) * perDay);
        String tone = switch (kind) {
            case "start", "end" -> "total";
            default -> days > 0 ? "later" : "earlier";
        };
        return new Bar(x, top, width, height, x + width / 2, kind, label, shownDays, step, tone);
    }
}
