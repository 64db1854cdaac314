package dev.tandem.quality.internal;

import dev.tandem.shared.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads an LCOV tracefile (geninfo's format): per {@code SF:} record the {@code DA:} lines and {@code BRDA:} branches,
 * or the {@code LF/LH/BRF/BRH} totals when a record gives them, up to {@code end_of_record}. Other lines (test names,
 * functions) are read past.
 */
public final class LcovParser {

    private LcovParser() {
    }

    public static String parse(InputStream in, CoverageSink sink) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String file = null;
            long[] counted = new long[4];
            long[] stated = new long[4];
            boolean[] hasStated = new boolean[4];
            int records = 0;
            int number = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("TN:") || line.startsWith("FN") || line.startsWith("VER:")) {
                    continue;
                }
                if (line.startsWith("SF:")) {
                    if (file != null) {
                        throw ReportFormatException.at(number, 0, Text.of("problem.quality.lcovSfBeforeEnd", file));
                    }
                    file = line.substring(3);
                    if (file.isBlank()) {
                        throw ReportFormatException.at(number, 0, Text.of("problem.quality.lcovSfNoFile"));
                    }
                    counted = new long[4];
                    stated = new long[4];
                    hasStated = new boolean[4];
                    continue;
                }
                if (file == null) {
                    throw ReportFormatException.at(number, 0, Text.of("problem.quality.lcovOutsideRecord",
                            SarifParser.clip(line, 40)));
                }
                if (line.equals("end_of_record")) {
                    long[] figures = new long[4];
                    for (int i = 0; i < 4; i++) {
                        figures[i] = hasStated[i] ? stated[i] : counted[i];
                    }
                    sink.file(file, figures[1], figures[0], figures[3], figures[2]);
                    records++;
                    file = null;
                } else if (line.startsWith("DA:")) {
                    String[] parts = fields(line, number, 2, "DA:<line>,<hits>");
                    counted[0]++;
                    if (whole(parts[1], number) > 0) {
                        counted[1]++;
                    }
                } else if (line.startsWith("BRDA:")) {
                    String[] parts = fields(line, number, 4, "BRDA:<line>,<block>,<branch>,<taken>");
                    counted[2]++;
                    if (!parts[3].equals("-") && whole(parts[3], number) > 0) {
                        counted[3]++;
                    }
                } else if (line.startsWith("LF:") || line.startsWith("LH:") || line.startsWith("BRF:")
                        || line.startsWith("BRH:")) {
                    int i = line.startsWith("LF:") ? 0 : line.startsWith("LH:") ? 1 : line.startsWith("BRF:") ? 2 : 3;
                    stated[i] = whole(line.substring(line.indexOf(':') + 1), number);
                    hasStated[i] = true;
                } else if (!line.matches("[A-Z]+:.*")) {
                    throw ReportFormatException.at(number, 0, Text.of("problem.quality.lcovNotALine",
                            SarifParser.clip(line, 40)));
                }
            }
            if (file != null) {
                throw ReportFormatException.at(number + 1, 0, Text.of("problem.quality.lcovNoEnd", file));
            }
            if (records == 0) {
                throw new ReportFormatException(Text.of("problem.quality.lcovNoRecord"));
            }
            return "LCOV";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] fields(String line, int number, int count, String shape) {
        String[] parts = line.substring(line.indexOf(':') + 1).split(",");
        if (parts.length < count) {
            throw ReportFormatException.at(number, 0, Text.of("problem.quality.lcovShape", SarifParser.clip(line, 40),
                    shape));
        }
        return parts;
    }

    private static long whole(String text, int number) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ReportFormatException.at(number, 0, Text.of("problem.quality.notWhole", SarifParser.clip(text, 40)));
        }
    }
}
