package dev.tandem.schedule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the engine against data no one here wrote: for every PSPLIB single-mode instance, the resource-free critical
 * path length must equal the {@code MPM-Time} the instance file states.
 */
class PsplibCriticalPathTests {

    private static final List<String> INSTANCE_SETS = List.of("j30", "j60", "j90", "j120");
    private static final int INSTANCE_COUNT = 480 + 480 + 480 + 600;

    @Test
    void projectFinishEqualsMpmTimeForEveryInstance() throws IOException {
        Path datasets = psplibDirectory();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String instanceSet : INSTANCE_SETS) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(datasets.resolve(instanceSet))) {
                files = listing.filter(file -> file.getFileName().toString().endsWith(".sm")).sorted().toList();
            }
            for (Path file : files) {
                PsplibInstance instance = PsplibInstance.read(file);
                int projectFinish = CriticalPathEngine.schedule(instance.network()).projectFinish();
                if (projectFinish != instance.mpmTime()) {
                    mismatches.add(file.getFileName() + ": engine " + projectFinish + ", MPM-Time " + instance.mpmTime());
                }
                checked++;
            }
        }

        assertThat(mismatches).as("instances whose critical path differs from MPM-Time").isEmpty();
        assertThat(checked).as("PSPLIB instances checked").isEqualTo(INSTANCE_COUNT);
    }

    /** The datasets live in a {@code shared/} directory beside the repository clone. */
    private static Path psplibDirectory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve("shared").resolve("datasets").resolve("psplib-rcpsp");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("No shared/datasets/psplib-rcpsp found in " + start + " or any directory above it; "
                + "the PSPLIB instances must sit in a shared/ directory beside the repository");
    }

    /** The parts of a PSPLIB {@code .sm} file the critical path needs: jobs, durations, successors, MPM-Time. */
    private record PsplibInstance(int mpmTime, int[] durations, int[] predecessors, int[] successors) {

        static PsplibInstance read(Path file) {
            List<String> lines;
            try {
                // Some files carry Latin-1 author names.
                lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Iterator<String> line = lines.iterator();
            int jobCount = Integer.parseInt(valueAfterColon(skipTo(line, "jobs (incl. supersource/sink )")));
            skipTo(line, "PROJECT INFORMATION:");
            line.next();
            int[] projectInformation = numbers(line.next());
            int mpmTime = projectInformation[projectInformation.length - 1];

            skipTo(line, "PRECEDENCE RELATIONS:");
            line.next();
            List<int[]> links = new ArrayList<>();
            for (int job = 0; job < jobCount; job++) {
                int[] row = numbers(line.next());
                int successorCount = row[2];
                for (int s = 0; s < successorCount; s++) {
                    links.add(new int[] {row[0] - 1, row[3 + s] - 1});
                }
            }

            skipTo(line, "REQUESTS/DURATIONS:");
            line.next();
            line.next();
            int[] durations = new int[jobCount];
            for (int job = 0; job < jobCount; job++) {
                int[] row = numbers(line.next());
                durations[row[0] - 1] = row[2];
            }
            return new PsplibInstance(mpmTime, durations, links.stream().mapToInt(link -> link[0]).toArray(),
                    links.stream().mapToInt(link -> link[1]).toArray());
        }

        ScheduleNetwork network() {
            String[] ids = new String[durations.length];
            Arrays.setAll(ids, job -> String.valueOf(job + 1));
            LinkType[] types = new LinkType[predecessors.length];
            Arrays.fill(types, LinkType.FINISH_TO_START);
            return ScheduleNetwork.ofArrays(ids, durations, predecessors, successors, types, new int[predecessors.length]);
        }

        private static String skipTo(Iterator<String> line, String prefix) {
            while (line.hasNext()) {
                String current = line.next();
                if (current.startsWith(prefix)) {
                    return current;
                }
            }
            throw new IllegalStateException("Section not found: " + prefix);
        }

        private static String valueAfterColon(String line) {
            return line.substring(line.indexOf(':') + 1).trim();
        }

        private static int[] numbers(String line) {
            return Arrays.stream(line.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
        }
    }
}
