/** The quality module's parsers of SARIF, JaCoCo, Cobertura and LCOV reports, and its tables. */
package dev.tandem.quality.internal;
