package dev.tandem.retrospective.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** A line diff of two texts (java-diff-utils' Myers diff), as the whole of the newer text with the changes marked. */
public final class TextDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    public record Line(Kind kind, String text) {
    }

    private TextDiff() {
    }

    public static List<Line> between(String older, String newer) {
        List<String> a = lines(older);
        List<String> b = lines(newer);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; at < delta.getSource().getPosition(); at++) {
                out.add(new Line(Kind.SAME, a.get(at)));
            }
            delta.getSource().getLines().forEach(l -> out.add(new Line(Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> out.add(new Line(Kind.ADDED, l)));
            at += delta.getSource().size();
        }
        for (; at < a.size(); at++) {
            out.add(new Line(Kind.SAME, a.get(at)));
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.replace("\r\n", "\n").split("\n", -1));
    }
}
