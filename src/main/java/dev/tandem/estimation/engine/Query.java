package dev.tandem.estimation.engine;

import java.util.Set;

/** The item to estimate: its text embedding (same model as the past items'), type and labels (either may be null). */
public record Query(float[] vector, String type, Set<String> labels) {
}
