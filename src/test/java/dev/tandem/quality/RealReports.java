package dev.tandem.quality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.IRuntime;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.xml.XMLFormatter;

/** Reports made by the real tools while the tests run: PMD's SARIF over Tandem's own sources, JaCoCo's XML. */
final class RealReports {

    private RealReports() {
    }

    /** PMD 7 run in-process over the given source files with its SARIF renderer; answers the SARIF log. */
    static String pmdSarif(Path dir, List<String> sources) throws IOException {
        Path report = dir.resolve("pmd-" + System.nanoTime() + ".sarif");
        PMDConfiguration config = new PMDConfiguration();
        config.setIgnoreIncrementalAnalysis(true);
        config.addRuleSet("category/java/bestpractices.xml");
        config.addRuleSet("category/java/codestyle.xml");
        config.addRuleSet("category/java/errorprone.xml");
        config.setReportFormat("sarif");
        config.setReportFile(report);
        config.setThreads(0);
        sources.forEach(s -> config.addInputPath(Path.of(s)));
        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            pmd.performAnalysis();
        }
        return Files.readString(report);
    }

    /** The JaCoCo report of {@link CoverageSample} after calling {@code size(7)} once, and its line counters. */
    record Jacoco(String xml, int linesCovered, int linesTotal, int branchesCovered, int branchesTotal) {
    }

    static Jacoco jacocoXml() throws Exception {
        String name = CoverageSample.class.getName();
        byte[] original;
        try (InputStream in = CoverageSample.class.getResourceAsStream("CoverageSample.class")) {
            original = in.readAllBytes();
        }
        IRuntime runtime = new LoggerRuntime();
        byte[] instrumented = new Instrumenter(runtime).instrument(original, name);
        RuntimeData data = new RuntimeData();
        runtime.startup(data);
        ClassLoader loader = new ClassLoader(RealReports.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
                if (className.equals(name)) {
                    return defineClass(name, instrumented, 0, instrumented.length);
                }
                return super.loadClass(className, resolve);
            }
        };
        loader.loadClass(name).getMethod("size", int.class).invoke(null, 7);
        ExecutionDataStore executions = new ExecutionDataStore();
        SessionInfoStore sessions = new SessionInfoStore();
        data.collect(executions, sessions, false);
        runtime.shutdown();
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(executions, builder).analyzeClass(original, name);
        IBundleCoverage bundle = builder.getBundle("tandem-sample");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IReportVisitor visitor = new XMLFormatter().createVisitor(out);
        visitor.visitInfo(sessions.getInfos(), executions.getContents());
        visitor.visitBundle(bundle, null);
        visitor.visitEnd();
        return new Jacoco(out.toString(java.nio.charset.StandardCharsets.UTF_8),
                bundle.getLineCounter().getCoveredCount(), bundle.getLineCounter().getTotalCount(),
                bundle.getBranchCounter().getCoveredCount(), bundle.getBranchCounter().getTotalCount());
    }
}
