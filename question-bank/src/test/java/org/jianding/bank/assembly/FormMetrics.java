package org.jianding.bank.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Measures a set of forms the way an auditor would: largest overlap of any two, spread of expected scores. */
public final class FormMetrics {

    private FormMetrics() {}

    public static int maxPairwiseOverlap(List<Form> forms) {
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int f = 0; f < forms.size(); f++) {
            for (ItemRef ref : forms.get(f).paper().refs()) {
                holders.computeIfAbsent(ref.id(), id -> new ArrayList<>()).add(f);
            }
        }
        int n = forms.size();
        int[] shared = new int[n * n];
        int max = 0;
        for (List<Integer> fs : holders.values()) {
            for (int a = 0; a < fs.size(); a++) {
                for (int b = a + 1; b < fs.size(); b++) {
                    max = Math.max(max, ++shared[fs.get(a) * n + fs.get(b)]);
                }
            }
        }
        return max;
    }

    /** How many items two papers share. */
    public static int shared(Paper a, Paper b) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        a.refs().forEach(ref -> ids.add(ref.id()));
        return (int) b.refs().stream().filter(ref -> ids.contains(ref.id())).count();
    }

    public static double expectedScoreSpread(List<Form> forms) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Form form : forms) {
            min = Math.min(min, form.paper().expectedScore());
            max = Math.max(max, form.paper().expectedScore());
        }
        return forms.isEmpty() ? 0 : max - min;
    }
}
