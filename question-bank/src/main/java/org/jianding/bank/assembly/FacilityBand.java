package org.jianding.bank.assembly;

/**
 * A blueprint's target for how hard every paper is: its mean facility (expected score ÷ total points, with each
 * item's facility from {@link FacilityPolicy}) between {@code low} and {@code high} inclusive, both within [0,1].
 */
public record FacilityBand(double low, double high) {

    public FacilityBand {
        if (!(low >= 0 && low <= high && high <= 1)) {
            throw new IllegalArgumentException(
                    "facility band must satisfy 0 <= low <= high <= 1: " + low + ", " + high);
        }
    }

    public boolean contains(double meanFacility) {
        return meanFacility >= low - 1e-12 && meanFacility <= high + 1e-12;
    }

    public double middle() {
        return (low + high) / 2;
    }

    /** The expected score nearest {@code expected} whose mean facility lies in the band. */
    public double clampScore(double expected, int totalPoints) {
        return Math.max(low * totalPoints, Math.min(high * totalPoints, expected));
    }
}
