package dev.tandem.shared;

/** A write carried a version older than the stored one; nothing of it was applied. Answered with 409. */
public class StaleVersionException extends ConflictException {

    private final long currentVersion;

    /** {@code what} names the thing that changed, such as "The calendar of PAY". */
    public StaleVersionException(Text what, long currentVersion) {
        super(Text.of("problem.stale", what, currentVersion));
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public static void check(Text what, Long sent, long current) {
        if (sent == null) {
            throw new InvalidInputException("version", Text.of("problem.version.required"));
        }
        if (sent != current) {
            throw new StaleVersionException(what, current);
        }
    }
}
