/**
 * Code quality: static-analysis findings (SARIF) and line and branch coverage (JaCoCo, Cobertura, LCOV) uploaded per
 * commit, mapped to the project's components by path patterns, new and fixed findings against the tool's previous
 * report, the project's quality gate, and tech-debt entries raised from severe findings. Answers planning's
 * {@code QualityGateSource} and workitem's {@code ItemQualityGates}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality",
        allowedDependencies = {"shared", "system", "portfolio", "workitem", "register"})
package dev.tandem.quality;
