package org.jianding.bank.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.bank.irt.ItemParameters;

/**
 * The item response models of the TestDesign pools as the source writes them (3PL and GPC, D = 1), for measuring a
 * paper under them, and the 2PL stand-in the blueprint model can carry.
 */
final class SourceModels {

    private SourceModels() {}

    /**
     * Fisher information at θ of an item under its source model, from the pool file (TestDesign's forms, D = 1): 3PL
     * a² (Q/P) ((P − c)/(1 − c))²; GPC a² times the variance of the category score.
     */
    static double sourceInformation(Map<String, String> pool, double theta) {
        double a = Double.parseDouble(pool.get("PAR1"));
        if (pool.get("MODEL").equals("3PL")) {
            double b = Double.parseDouble(pool.get("PAR2"));
            double c = Double.parseDouble(pool.get("PAR3"));
            double p = c + (1 - c) / (1 + Math.exp(-a * (theta - b)));
            return a * a * ((1 - p) / p) * Math.pow((p - c) / (1 - c), 2);
        }
        List<Double> steps = new ArrayList<>();
        for (String key : List.of("PAR2", "PAR3", "PAR4")) {
            String v = pool.getOrDefault(key, "");
            if (!v.isEmpty()) {
                steps.add(Double.parseDouble(v));
            }
        }
        double[] weight = new double[steps.size() + 1];
        double sum = 0;
        double z = 0;
        for (int k = 0; k <= steps.size(); k++) {
            if (k > 0) {
                z += a * (theta - steps.get(k - 1));
            }
            weight[k] = Math.exp(z);
            sum += weight[k];
        }
        double mean = 0;
        double square = 0;
        for (int k = 0; k < weight.length; k++) {
            mean += k * weight[k] / sum;
            square += k * k * weight[k] / sum;
        }
        return a * a * (square - mean * mean);
    }

    /**
     * The 2PL item whose information peaks where and as high as the item's under its source model: a 2PL item's
     * information a²/4 at θ = b, so a = 2√max and b = the ability of the maximum (searched on −4…4 by 0.001).
     */
    static ItemParameters peakMatched(Map<String, String> pool) {
        double top = -1;
        double at = 0;
        for (int k = -4000; k <= 4000; k++) {
            double info = sourceInformation(pool, k / 1000.0);
            if (info > top) {
                top = info;
                at = k / 1000.0;
            }
        }
        return ItemParameters.ofDifficulty(2 * Math.sqrt(top), at);
    }

    /** The science pool's parameters by item id. */
    static Map<String, Map<String, String>> sciencePool() {
        Map<String, Map<String, String>> byId = new HashMap<>();
        SourceTable.read("itempool_science_1000.csv").forEach(r -> byId.put(r.get("ID"), r));
        return byId;
    }
}
