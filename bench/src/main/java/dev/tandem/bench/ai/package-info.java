/** The story-point benchmark: Tandem's effort suggester on the Deep-SE dataset, beside the published figures. */
package dev.tandem.bench.ai;
