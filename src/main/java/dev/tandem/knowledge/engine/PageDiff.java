package dev.tandem.knowledge.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** The line-by-line difference of two texts (java-diff-utils), as rows for a side-by-side or an inline view. */
public final class PageDiff {

    public enum Kind { SAME, ADDED, REMOVED, CHANGED }

    /** One row: the old line and the new one (null where a side has none), with their line numbers (from 1). */
    public record Row(Kind kind, Integer oldNumber, String oldLine, Integer newNumber, String newLine) {
    }

    private PageDiff() {
    }

    public static List<Row> rows(String before, String after) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        List<Row> rows = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            while (o < delta.getSource().getPosition()) {
                rows.add(new Row(Kind.SAME, o + 1, old.get(o), n + 1, now.get(n)));
                o++;
                n++;
            }
            int removed = delta.getSource().size();
            int added = delta.getTarget().size();
            // a changed block pairs its lines in order; the longer side's rest are plain additions or removals
            for (int i = 0; i < Math.max(removed, added); i++) {
                if (i < removed && i < added) {
                    rows.add(new Row(Kind.CHANGED, o + 1, old.get(o), n + 1, now.get(n)));
                    o++;
                    n++;
                } else if (i < removed) {
                    rows.add(new Row(Kind.REMOVED, o + 1, old.get(o), null, null));
                    o++;
                } else {
                    rows.add(new Row(Kind.ADDED, null, null, n + 1, now.get(n)));
                    n++;
                }
            }
        }
        while (o < old.size()) {
            rows.add(new Row(Kind.SAME, o + 1, old.get(o), n + 1, now.get(n)));
            o++;
            n++;
        }
        return rows;
    }

    /** Whether any row differs. */
    public static boolean changed(List<Row> rows) {
        return rows.stream().anyMatch(r -> r.kind() != Kind.SAME);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\r?\n", -1));
    }
}
