package org.jianding.bank.statistics;

/**
 * Why a question deserves another look, with the figure that triggered it and the threshold it crossed.
 *
 * @param option the option concerned for the distractor flags, else null
 * @param value the observed figure: facility (0–1), discrimination index (×100), an option's count, or an option's
 *     mean standardised total
 * @param threshold the threshold it crossed (for {@link Kind#STRONG_DISTRACTOR} the key's choosers' mean
 *     standardised total)
 */
public record ItemFlag(Kind kind, String option, double value, double threshold) {

    public enum Kind {
        /** Facility above {@link ItemFlags#FACILITY_HIGH}. */
        TOO_EASY,
        /** Facility below {@link ItemFlags#FACILITY_LOW}. */
        TOO_HARD,
        /** Discrimination index below 0. */
        NEGATIVE_DISCRIMINATION,
        /** Discrimination index from 0 up to {@link ItemFlags#DISCRIMINATION_LOW} (excluded). */
        LOW_DISCRIMINATION,
        /** A wrong option of a choice question that nobody chose. */
        UNUSED_DISTRACTOR,
        /** A wrong option whose choosers did better on the whole test than those who chose the key. */
        STRONG_DISTRACTOR
    }
}
