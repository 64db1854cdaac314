package dev.tandem.workitem.internal;

/**
 * Ordered string keys for the ranked backlog and board: moving an item writes only its own key, chosen
 * strictly between its new neighbours. Digits and lower-case letters only, so any database collation
 * sorts them the same way; a generated key never ends in '0', so there is always room between two keys.
 */
public final class Rank {

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final int BASE = DIGITS.length();
    private static final int WIDTH = 8;
    private static final long STEP = (long) BASE * BASE;
    private static final long MAX = pow(BASE, WIDTH) - 1;

    private Rank() {
    }

    /** The key of the first item of an empty list. */
    static String first() {
        return fixed(STEP);
    }

    /** A key after {@code last} that keeps the width short when items are appended one after another. */
    public static String after(String last) {
        if (last == null) {
            return first();
        }
        String head = (last + "0".repeat(WIDTH)).substring(0, WIDTH);
        long next = value(head) + STEP;
        return next <= MAX ? fixed(next - next % STEP) : between(last, null);
    }

    /** A key strictly between {@code low} and {@code high}; either may be null for an open end. */
    public static String between(String low, String high) {
        String lo = low == null ? "" : low;
        if (high != null && lo.compareTo(high) >= 0) {
            throw new IllegalArgumentException("'" + low + "' does not sort before '" + high + "'");
        }
        StringBuilder key = new StringBuilder();
        boolean bounded = high != null;
        for (int i = 0; ; i++) {
            int l = i < lo.length() ? digit(lo.charAt(i)) : 0;
            int h = bounded && i < high.length() ? digit(high.charAt(i)) : BASE;
            if (l == h) {
                key.append(DIGITS.charAt(l));
                continue;
            }
            int mid = (l + h) / 2;
            if (mid > l) {
                return key.append(DIGITS.charAt(mid)).toString();
            }
            // Adjacent digits: keep the low one and find room above the rest of the low key.
            key.append(DIGITS.charAt(l));
            bounded = false;
        }
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c);
        if (d < 0) {
            throw new IllegalArgumentException("'" + c + "' is not a rank digit");
        }
        return d;
    }

    private static long value(String s) {
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            v = v * BASE + digit(s.charAt(i));
        }
        return v;
    }

    private static String fixed(long value) {
        char[] out = new char[WIDTH];
        for (int i = WIDTH - 1; i >= 0; i--) {
            out[i] = DIGITS.charAt((int) (value % BASE));
            value /= BASE;
        }
        return new String(out);
    }

    private static long pow(long base, int exponent) {
        long r = 1;
        for (int i = 0; i < exponent; i++) {
            r *= base;
        }
        return r;
    }
}
