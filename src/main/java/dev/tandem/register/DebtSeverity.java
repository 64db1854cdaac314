package dev.tandem.register;

/** How much harm a debt item does; its weight multiplies the debt's priority. */
public enum DebtSeverity {
    LOW(1), MEDIUM(2), HIGH(3), CRITICAL(4);

    private final int weight;

    DebtSeverity(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
