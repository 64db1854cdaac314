/**
 * The effort suggester: nearest finished items over text embeddings, plus type and labels, with a median weighted by
 * similarity and recency. Plain Java, no Spring; the Deep-SE benchmark in bench/ runs this same code.
 */
package dev.tandem.estimation.engine;
