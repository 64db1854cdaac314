/** The rules of a retrospective and the diff of template versions: plain Java, no framework. */
package dev.tandem.retrospective.engine;
