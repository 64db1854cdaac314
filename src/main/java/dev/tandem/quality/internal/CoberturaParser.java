package dev.tandem.quality.internal;

import dev.tandem.shared.Text;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Cobertura XML report with StAX. Each {@code class}'s {@code lines/line} counts (a line is covered when its
 * {@code hits} are above 0; a branch line's {@code condition-coverage="50% (1/2)"} gives its branches), merged per
 * {@code filename} since inner classes share their file. The per-method lines repeat the class's and are skipped.
 */
public final class CoberturaParser {

    private static final Pattern CONDITIONS = Pattern.compile("\\((\\d+)/(\\d+)\\)");

    private CoberturaParser() {
    }

    /** Per line: hits and, for branch lines, covered and total branches. */
    private record Line(long hits, long branchesCovered, long branchesTotal) {
    }

    public static String parse(InputStream in, CoverageSink sink) {
        XMLStreamReader xml = SecureXml.reader(in);
        Map<String, Map<Integer, Line>> files = new LinkedHashMap<>();
        Map<Integer, Line> current = null;
        boolean root = false;
        boolean inMethods = false;
        int depth = 0;
        int event;
        while ((event = SecureXml.next(xml)) != XMLStreamConstants.END_DOCUMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (depth == 1) {
                    if (!name.equals("coverage")) {
                        throw SecureXml.at(xml.getLocation(), Text.of("problem.quality.coberturaRoot", name));
                    }
                    root = true;
                } else if (name.equals("class")) {
                    String file = xml.getAttributeValue(null, "filename");
                    if (file == null) {
                        throw SecureXml.at(xml.getLocation(), Text.of("problem.quality.classNoFilename"));
                    }
                    current = files.computeIfAbsent(file, f -> new TreeMap<>());
                } else if (name.equals("methods")) {
                    inMethods = true;
                } else if (name.equals("line") && current != null && !inMethods) {
                    long number = SecureXml.number(xml, "number");
                    long hits = SecureXml.number(xml, "hits");
                    long covered = 0;
                    long total = 0;
                    String conditions = xml.getAttributeValue(null, "condition-coverage");
                    if ("true".equals(xml.getAttributeValue(null, "branch")) && conditions != null) {
                        Matcher m = CONDITIONS.matcher(conditions);
                        if (!m.find()) {
                            throw SecureXml.at(xml.getLocation(), Text.of("problem.quality.conditionCoverage",
                                    conditions));
                        }
                        covered = Long.parseLong(m.group(1));
                        total = Long.parseLong(m.group(2));
                    }
                    Line line = new Line(hits, covered, total);
                    current.merge((int) number, line, (a, b) -> new Line(Math.max(a.hits(), b.hits()),
                            Math.max(a.branchesCovered(), b.branchesCovered()), Math.max(a.branchesTotal(), b.branchesTotal())));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = xml.getLocalName();
                if (name.equals("methods")) {
                    inMethods = false;
                } else if (name.equals("class")) {
                    current = null;
                }
            }
        }
        if (!root) {
            throw new ReportFormatException(Text.of("problem.quality.noCoverageElement"));
        }
        files.forEach((file, lines) -> {
            long covered = lines.values().stream().filter(l -> l.hits() > 0).count();
            long bc = lines.values().stream().mapToLong(Line::branchesCovered).sum();
            long bt = lines.values().stream().mapToLong(Line::branchesTotal).sum();
            sink.file(file, covered, lines.size(), bc, bt);
        });
        return "Cobertura";
    }
}
