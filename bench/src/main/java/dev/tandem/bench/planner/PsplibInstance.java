package dev.tandem.bench.planner;

import dev.tandem.planner.engine.Activity;
import dev.tandem.planner.engine.LevelingProblem;
import dev.tandem.planner.engine.Link;
import dev.tandem.planner.engine.Resource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A single-mode RCPSP instance in PSPLIB's .sm format: jobs (with the dummy source and sink) with durations and
 * per-resource requests, finish-to-start successors, constant resource availabilities, and the critical-path length
 * ({@code MPM-Time}) as the lower bound.
 */
record PsplibInstance(String name, int[] durations, int[][] requests, List<int[]> successors, int[] availability,
        int criticalPath) {

    static PsplibInstance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        int jobs = 0;
        int criticalPath = 0;
        List<int[]> successors = new ArrayList<>();
        int[] durations = null;
        int[][] requests = null;
        int[] availability = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("jobs (incl. supersource/sink )")) {
                jobs = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                durations = new int[jobs];
                requests = new int[jobs][];
            } else if (line.startsWith("pronr.")) {
                int[] info = numbers(lines.get(i + 1));
                criticalPath = info[5];
            } else if (line.startsWith("PRECEDENCE RELATIONS:")) {
                for (int j = 0; j < jobs; j++) {
                    int[] row = numbers(lines.get(i + 2 + j));
                    successors.add(Arrays.stream(row, 3, row.length).map(s -> s - 1).toArray());
                }
            } else if (line.startsWith("REQUESTS/DURATIONS:")) {
                for (int j = 0; j < jobs; j++) {
                    int[] row = numbers(lines.get(i + 3 + j));
                    durations[j] = row[2];
                    requests[j] = Arrays.copyOfRange(row, 3, row.length);
                }
            } else if (line.startsWith("RESOURCEAVAILABILITIES:")) {
                availability = numbers(lines.get(i + 2));
            }
        }
        String name = file.getFileName().toString().replace(".sm", "");
        return new PsplibInstance(name, durations, requests, successors, availability, criticalPath);
    }

    LevelingProblem problem() {
        List<Activity> activities = new ArrayList<>();
        for (int j = 0; j < durations.length; j++) {
            activities.add(Activity.of("J" + (j + 1), durations[j], requests[j]));
        }
        List<Link> links = new ArrayList<>();
        for (int j = 0; j < successors.size(); j++) {
            for (int s : successors.get(j)) {
                links.add(Link.finishToStart(j, s));
            }
        }
        List<Resource> resources = new ArrayList<>();
        for (int r = 0; r < availability.length; r++) {
            resources.add(Resource.constant("R" + (r + 1), availability[r]));
        }
        return new LevelingProblem(activities, links, resources);
    }

    private static int[] numbers(String line) {
        String trimmed = line.trim();
        return trimmed.isEmpty() ? new int[0] : Arrays.stream(trimmed.split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }
}
