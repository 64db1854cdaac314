package dev.tandem.quality.internal;

/** Receives the coverage of each source file as a coverage report is read. */
@FunctionalInterface
public interface CoverageSink {

    void file(String path, long linesCovered, long linesTotal, long branchesCovered, long branchesTotal);
}
