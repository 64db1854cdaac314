package dev.tandem.planning;

import jakarta.persistence.Embeddable;

/** One way to overcome a technical difficulty; exactly one per difficulty is the chosen plan. */
@Embeddable
public record Alternative(String description, boolean chosen) {
}
