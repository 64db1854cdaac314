package dev.tandem.bench.http;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a SARIF 2.1.0 log like a large static-analysis run: 200 rules with descriptions, and results over 4,000
 * files in 20 folders, each with a message, a location with a snippet and a partial fingerprint (as CodeQL writes).
 * Seeded, so the same arguments give the same file; {@code changed} in 1,000 results get other messages and
 * fingerprints (fixed ones and new ones against the same seed with {@code changed} 0).
 * Usage: {@code SarifGenerator <file> [results=100000] [changed=0]}.
 */
public final class SarifGenerator {

    private SarifGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int results = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int changed = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        write(file, results, changed);
        System.out.printf(Locale.ROOT, "%s: %d results, %.1f MB%n", file, results, Files.size(file) / 1e6);
    }

    static void write(Path file, int results, int changedPerThousand) throws IOException {
        Random random = new Random(42);
        String[] levels = {"error", "warning", "warning", "note"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{"
                    + "\"tool\":{\"driver\":{\"name\":\"BenchAnalyzer\",\"version\":\"1.0.0\",\"rules\":[");
            for (int r = 0; r < 200; r++) {
                out.write((r == 0 ? "" : ",") + "{\"id\":\"bench/rule-" + r + "\",\"name\":\"Rule" + r
                        + "\",\"shortDescription\":{\"text\":\"Checks pattern number " + r + " in the code base\"},"
                        + "\"fullDescription\":{\"text\":\"A longer description of what rule " + r + " looks for and "
                        + "why it matters for maintainability and security of the service.\"},\"defaultConfiguration\":"
                        + "{\"level\":\"" + levels[r % 4] + "\"},\"properties\":{\"tags\":[\"maintainability\"]"
                        + (r % 10 == 0 ? ",\"security-severity\":\"" + (5 + r % 5) + ".5\"" : "") + "}}");
            }
            out.write("]}},\"results\":[\n");
            for (int i = 0; i < results; i++) {
                int rule = random.nextInt(200);
                int folder = random.nextInt(20);
                int source = random.nextInt(200);
                int line = 1 + random.nextInt(2000);
                boolean changed = random.nextInt(1000) < changedPerThousand;
                String variant = changed ? "v2-" : "";
                out.write((i == 0 ? "" : ",\n") + "{\"ruleId\":\"bench/rule-" + rule + "\",\"ruleIndex\":" + rule
                        + ",\"level\":\"" + levels[rule % 4] + "\",\"message\":{\"text\":\"" + variant
                        + "Value of 'field" + i + "' flows into a call of rule " + rule + " without the check the "
                        + "team agreed on (module " + folder + ").\"},\"locations\":[{"
                        + "\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"src/main/java/com/example/module"
                        + folder + "/Source" + source + ".java\",\"uriBaseId\":\"%SRCROOT%\"},\"region\":{\"startLine\":"
                        + line + ",\"startColumn\":9,\"endLine\":" + line + ",\"endColumn\":64,\"snippet\":{\"text\":\""
                        + "        service.process(request.field" + i + "(), context, options);\"}}}}],"
                        + "\"partialFingerprints\":{\"primaryLocationLineHash\":\"" + variant
                        + Long.toHexString(random.nextLong()) + ":" + (1 + i % 3) + "\"}}");
            }
            out.write("\n]}]}\n");
        }
    }
}
