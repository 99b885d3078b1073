package org.jianding.bank.assembly;

/**
 * One reason a blueprint cannot be met: the row (as users read it, e.g. {@code 法律法规 × 难 × 单选}), what it needs
 * and what the bank can give, in {@code unit} (题 or 分), and the whole sentence for the user.
 */
public record Shortfall(String row, int needed, int available, String unit, String message) {

    public int missing() {
        return Math.abs(needed - available);
    }
}
