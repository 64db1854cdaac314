/**
 * The quality module's plain-Java rules: path patterns to components, finding fingerprints, the new/fixed diff
 * against the previous report and the quality gate. No Spring, JPA or Jackson.
 */
package dev.tandem.quality.engine;
