package org.jianding.app.reports;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Public serial numbers such as {@code JD-7K3MQ-X9P2R-TAH4}: 13 random characters of Crockford's base-32 alphabet
 * (65 bits from a {@link SecureRandom}, so serials cannot be guessed or enumerated) and a Luhn mod-32 check
 * character that catches every single mistyped character and most swaps of neighbours. The alphabet has no I, L, O
 * or U; typed input is read leniently (lower case, spaces, missing dashes, O for 0, I and L for 1).
 */
final class Serials {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_CHARS = 13;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Serials() {}

    static String next() {
        char[] body = new char[RANDOM_CHARS];
        for (int i = 0; i < RANDOM_CHARS; i++) {
            body[i] = ALPHABET.charAt(RANDOM.nextInt(32));
        }
        String chars = new String(body);
        return format(chars + check(chars));
    }

    /**
     * The canonical form of what someone typed, if it has the shape of a serial (right length and alphabet);
     * whether its check character fits is a separate question ({@link #valid}).
     */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\\-－—_]", "");
        // the prefix only when it is one: a serial typed without it may itself begin with J, D (1 in 1,024)
        if (t.startsWith("JD") && t.length() == RANDOM_CHARS + 3) {
            t = t.substring(2);
        }
        t = t.replace('O', '0').replace('I', '1').replace('L', '1');
        if (t.length() != RANDOM_CHARS + 1 || !t.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(format(t));
    }

    /** Whether the check character of a canonical serial fits. */
    static boolean valid(String serial) {
        String t = serial.substring(3).replace("-", "");
        return t.length() == RANDOM_CHARS + 1 && check(t.substring(0, RANDOM_CHARS)) == t.charAt(RANDOM_CHARS);
    }

    static char check(String chars) {
        int factor = 2;
        int sum = 0;
        for (int i = chars.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(chars.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return ALPHABET.charAt((32 - sum % 32) % 32);
    }

    private static String format(String fourteen) {
        return "JD-" + fourteen.substring(0, 5) + "-" + fourteen.substring(5, 10) + "-" + fourteen.substring(10);
    }
}
