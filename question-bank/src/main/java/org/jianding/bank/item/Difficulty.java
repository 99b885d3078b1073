package org.jianding.bank.item;

/**
 * Difficulty from 1 (易) to 5 (难) as the author judges it; later the measured facility of real answers refines
 * it.
 */
public record Difficulty(int value) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public Difficulty {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("difficulty must be 1..5, was " + value);
        }
    }

    public static Difficulty of(int value) {
        return new Difficulty(value);
    }

    /** 易, 较易, 中等, 较难, 难. */
    public String chineseName() {
        return switch (value) {
            case 1 -> "易";
            case 2 -> "较易";
            case 3 -> "中等";
            case 4 -> "较难";
            default -> "难";
        };
    }
}
