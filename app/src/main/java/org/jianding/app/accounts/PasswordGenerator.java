package org.jianding.app.accounts;

import java.security.SecureRandom;

/** One-time passwords for new and reset accounts: 12 characters without look-alikes (0/O, 1/l/I). */
final class PasswordGenerator {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALL = LETTERS + DIGITS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {}

    static String generate() {
        char[] chars = new char[12];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALL.charAt(RANDOM.nextInt(ALL.length()));
        }
        chars[RANDOM.nextInt(6)] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
        chars[6 + RANDOM.nextInt(6)] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        return new String(chars);
    }
}
