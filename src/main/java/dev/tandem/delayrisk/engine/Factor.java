package dev.tandem.delayrisk.engine;

/** One feature's share in a prediction: its raw value and how much it added to the log-odds of finishing late. */
public record Factor(Feature feature, double value, double contribution) {
}
