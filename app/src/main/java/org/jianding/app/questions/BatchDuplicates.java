package org.jianding.app.questions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.bank.item.StemSimilarity;

/**
 * Near-duplicates for many stems at once, with the similarity of {@link StemSimilarity} (Jaccard of character
 * bigrams), found by prefix filtering (as in the AllPairs/PPJoin similarity joins): with each stem's bigrams ordered
 * rarest first, two stems at or above the threshold t share a bigram among the first |x| − ⌈t·|x|⌉ + 1 of each. So
 * each stem is indexed and looked up by those few rare bigrams only, and the exact similarity is computed for the
 * few stems met that way. Comparing every pair of a leaf took seconds for a 10,000-question file.
 */
final class BatchDuplicates {

    /** A stem of the batch ({@code index} ≥ 0) or of the bank ({@code questionId} set), with its sorted bigrams. */
    record Stem(int index, Long questionId, long nodeId, String text, int[] grams) {

        static Stem of(int index, Long questionId, long nodeId, String text) {
            return new Stem(index, questionId, nodeId, text, BatchDuplicates.grams(StemSimilarity.normalise(text)));
        }
    }

    private BatchDuplicates() {}

    /** For each batch stem, its most similar earlier batch stem or bank stem at or above the threshold. */
    static List<BatchNearDuplicate> find(List<Stem> batch, List<Stem> bank) {
        Map<Integer, Integer> frequency = new HashMap<>();
        for (List<Stem> stems : List.of(bank, batch)) {
            stems.forEach(s -> Arrays.stream(s.grams()).forEach(g -> frequency.merge(g, 1, Integer::sum)));
        }
        Map<Long, Map<Integer, List<Stem>>> index = new HashMap<>();
        bank.forEach(s -> add(index, s, prefix(s, frequency)));
        List<BatchNearDuplicate> found = new ArrayList<>();
        for (Stem stem : batch) {
            Map<Integer, List<Stem>> node = index.computeIfAbsent(stem.nodeId(), k -> new HashMap<>());
            Stem best = null;
            double bestSimilarity = 0;
            java.util.Set<Stem> met = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            int[] prefix = prefix(stem, frequency);
            for (int gram : prefix) {
                for (Stem other : node.getOrDefault(gram, List.of())) {
                    if (met.add(other) && sizesAllow(stem, other)) {
                        double similarity = similarity(stem.grams(), other.grams());
                        if (similarity >= StemSimilarity.NEAR_DUPLICATE && similarity > bestSimilarity) {
                            best = other;
                            bestSimilarity = similarity;
                        }
                    }
                }
            }
            if (best != null) {
                Integer earlier = best.questionId() == null ? best.index() : null;
                found.add(
                        new BatchNearDuplicate(stem.index(), earlier, best.questionId(), best.text(), bestSimilarity));
            }
            add(index, stem, prefix);
        }
        return found;
    }

    /** Jaccard ≥ t needs the smaller set to hold at least t of the larger. */
    private static boolean sizesAllow(Stem a, Stem b) {
        int small = Math.min(a.grams().length, b.grams().length);
        int large = Math.max(a.grams().length, b.grams().length);
        return small >= StemSimilarity.NEAR_DUPLICATE * large;
    }

    private static void add(Map<Long, Map<Integer, List<Stem>>> index, Stem stem, int[] prefix) {
        Map<Integer, List<Stem>> node = index.computeIfAbsent(stem.nodeId(), k -> new HashMap<>());
        for (int gram : prefix) {
            node.computeIfAbsent(gram, k -> new ArrayList<>()).add(stem);
        }
    }

    /** The stem's rarest bigrams, as many as a near-duplicate must share at least one of. */
    private static int[] prefix(Stem stem, Map<Integer, Integer> frequency) {
        int size = stem.grams().length;
        int length = size == 0 ? 0 : size - (int) Math.ceil(StemSimilarity.NEAR_DUPLICATE * size) + 1;
        return Arrays.stream(stem.grams())
                .boxed()
                .sorted((a, b) -> {
                    int byFrequency = Integer.compare(frequency.get(a), frequency.get(b));
                    return byFrequency != 0 ? byFrequency : Integer.compare(a, b);
                })
                .limit(length)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Jaccard similarity of two sorted, distinct arrays; two empty stems read alike. */
    static double similarity(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /**
     * The distinct bigrams of a normalised text (as {@link StemSimilarity#bigrams}), each two UTF-16 units packed in
     * an int, sorted. The packing is multiplied by an odd constant (a bijection) so that hash maps keyed by bigrams
     * spread them: CJK bigrams packed plainly collide in the low bits and degrade the maps into trees.
     */
    static int[] grams(String normalised) {
        if (normalised.length() == 1) {
            return new int[] {mix(normalised.charAt(0) << 16 | 0xFFFF)};
        }
        int[] grams = new int[Math.max(normalised.length() - 1, 0)];
        for (int i = 0; i + 1 < normalised.length(); i++) {
            grams[i] = mix(normalised.charAt(i) << 16 | normalised.charAt(i + 1));
        }
        return Arrays.stream(grams).sorted().distinct().toArray();
    }

    private static int mix(int packed) {
        return packed * 0x9E3779B1;
    }
}
