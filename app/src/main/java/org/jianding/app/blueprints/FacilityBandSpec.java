package org.jianding.app.blueprints;

import org.jianding.bank.assembly.FacilityBand;

/**
 * A blueprint's optional target for how hard each paper is: the mean facility (expected score ÷ total points) between
 * {@code low} and {@code high}, fractions 0–1 (docs/statistics.md, "Assembly with observed statistics").
 */
public record FacilityBandSpec(Double low, Double high) {

    boolean valid() {
        return low != null && high != null && low >= 0 && low <= high && high <= 1;
    }

    FacilityBand toBand() {
        return new FacilityBand(low, high);
    }
}
