package dev.tandem.shared;

/** A write carried a version older than the stored one; nothing of it was applied. Answered with 409. */
public class StaleVersionException extends ConflictException {

    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(what + " was changed by someone else meanwhile (current version " + currentVersion
                + "). Reload it and apply your change again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public static void check(String what, Long sent, long current) {
        if (sent == null) {
            throw new InvalidInputException("version", "is required so that concurrent edits are not lost");
        }
        if (sent != current) {
            throw new StaleVersionException(what, current);
        }
    }
}
