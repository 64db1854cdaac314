package dev.tandem.meeting;

import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;

/** A minutes save based on an older version: nothing was written; the answer carries both texts. */
public class MinutesConflict extends StaleVersionException {

    private final String currentMinutes;
    private final String yourMinutes;

    MinutesConflict(Text what, long currentVersion, String currentMinutes, String yourMinutes) {
        super(what, currentVersion);
        this.currentMinutes = currentMinutes;
        this.yourMinutes = yourMinutes;
    }

    public String currentMinutes() {
        return currentMinutes;
    }

    public String yourMinutes() {
        return yourMinutes;
    }
}
