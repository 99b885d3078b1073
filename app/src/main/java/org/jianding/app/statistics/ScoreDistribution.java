package org.jianding.app.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The totals counted in ten equal bands of the maximum total (the last band includes the maximum), with the
 * geometry of a bar chart drawn as SVG on the page: no script, no image request, readable by a screen reader.
 */
record ScoreDistribution(List<Band> bands, int highest) {

    static final int BANDS = 10;
    static final double CHART_WIDTH = 600;
    static final double CHART_HEIGHT = 200;

    record Band(String range, int count, double x, double y, double width, double height) {}

    static ScoreDistribution of(List<Double> totals, double maxTotal) {
        int[] counts = new int[BANDS];
        for (double total : totals) {
            int band = maxTotal <= 0 ? 0 : (int) Math.floor(total / maxTotal * BANDS);
            counts[Math.max(0, Math.min(BANDS - 1, band))]++;
        }
        int highest = 0;
        for (int count : counts) {
            highest = Math.max(highest, count);
        }
        double slot = CHART_WIDTH / BANDS;
        List<Band> bands = new ArrayList<>();
        for (int k = 0; k < BANDS; k++) {
            double height = highest == 0 ? 0 : CHART_HEIGHT * counts[k] / highest;
            String range =
                    plain(maxTotal * k / BANDS) + (k == BANDS - 1 ? "–" : "–<") + plain(maxTotal * (k + 1) / BANDS);
            bands.add(new Band(range, counts[k], k * slot + 4, CHART_HEIGHT - height, slot - 8, height));
        }
        return new ScoreDistribution(bands, highest);
    }

    private static String plain(double value) {
        return new BigDecimal(value)
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
