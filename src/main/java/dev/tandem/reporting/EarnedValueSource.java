package dev.tandem.reporting;

import dev.tandem.shared.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Earned value for the weekly sync, supplied by the module that measures it. */
public interface EarnedValueSource {

    /**
     * The project's figures for the ISO week starting {@code monday}: live for the current week, as recorded for a past
     * one; empty without a baseline (or without a record of that week).
     */
    Optional<Figures> earnedValue(Actor actor, String projectKey, LocalDate monday);

    /** Amounts in {@code currency} ("h" for hours); {@code spi} and {@code cpi} null where they divide by zero. */
    record Figures(String currency, BigDecimal pv, BigDecimal ev, BigDecimal ac, BigDecimal spi, BigDecimal cpi,
                   boolean recorded) {
    }
}
