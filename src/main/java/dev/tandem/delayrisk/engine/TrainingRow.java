package dev.tandem.delayrisk.engine;

import java.time.LocalDate;

/** A finished item as it stood on {@code asOf} (a day in its life), and whether it then finished late. */
public record TrainingRow(String key, LocalDate asOf, double[] values, boolean late) {
}
