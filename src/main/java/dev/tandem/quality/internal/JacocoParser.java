package dev.tandem.quality.internal;

import dev.tandem.shared.Text;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a JaCoCo XML report with StAX: each {@code sourcefile}'s LINE and BRANCH counters, its path being the
 * package's path and the file's name ({@code dev/tandem/quality/Foo.java}).
 */
public final class JacocoParser {

    private JacocoParser() {
    }

    public static String parse(InputStream in, CoverageSink sink) {
        XMLStreamReader xml = SecureXml.reader(in);
        String pkg = null;
        String file = null;
        long[] counters = new long[4];
        boolean root = false;
        int depth = 0;
        int event;
        while ((event = SecureXml.next(xml)) != XMLStreamConstants.END_DOCUMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (depth == 1) {
                    if (!name.equals("report")) {
                        throw SecureXml.at(xml.getLocation(), Text.of("problem.quality.jacocoRoot", name));
                    }
                    root = true;
                } else if (name.equals("package")) {
                    pkg = xml.getAttributeValue(null, "name");
                } else if (name.equals("sourcefile")) {
                    file = xml.getAttributeValue(null, "name");
                    counters = new long[4];
                } else if (name.equals("counter") && file != null) {
                    String type = xml.getAttributeValue(null, "type");
                    int at = "LINE".equals(type) ? 0 : "BRANCH".equals(type) ? 2 : -1;
                    if (at >= 0) {
                        long missed = SecureXml.number(xml, "missed");
                        long covered = SecureXml.number(xml, "covered");
                        counters[at] = covered;
                        counters[at + 1] = covered + missed;
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = xml.getLocalName();
                if (name.equals("sourcefile") && file != null) {
                    String path = pkg == null || pkg.isEmpty() ? file : pkg + "/" + file;
                    sink.file(path, counters[0], counters[1], counters[2], counters[3]);
                    file = null;
                } else if (name.equals("package")) {
                    pkg = null;
                }
            }
        }
        if (!root) {
            throw new ReportFormatException(Text.of("problem.quality.noReportElement"));
        }
        return "JaCoCo";
    }
}
