package org.jianding.app.questions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.bank.item.StemSimilarity;

/**
 * Near-duplicates for many stems at once: each stem's bigrams are computed once, and the similarity is computed only
 * for stems of the same knowledge node whose bigram counts could reach the threshold (Jaccard ≥ t needs the smaller
 * set to hold at least t of the larger).
 */
final class BatchDuplicates {

    /** A stem of the batch ({@code index} ≥ 0) or of the bank ({@code questionId} set). */
    record Stem(int index, Long questionId, long nodeId, String text, Set<String> grams) {

        static Stem of(int index, Long questionId, long nodeId, String text) {
            return new Stem(index, questionId, nodeId, text, StemSimilarity.bigrams(StemSimilarity.normalise(text)));
        }
    }

    private BatchDuplicates() {}

    /** For each batch stem, its most similar earlier batch stem or bank stem at or above the threshold. */
    static List<BatchNearDuplicate> find(List<Stem> batch, List<Stem> bank) {
        Map<Long, List<Stem>> seen = new HashMap<>();
        for (Stem stem : bank) {
            seen.computeIfAbsent(stem.nodeId(), k -> new ArrayList<>()).add(stem);
        }
        List<BatchNearDuplicate> found = new ArrayList<>();
        for (Stem stem : batch) {
            List<Stem> others = seen.computeIfAbsent(stem.nodeId(), k -> new ArrayList<>());
            Stem best = null;
            double bestSimilarity = 0;
            for (Stem other : others) {
                if (mayReach(stem, other)) {
                    double similarity = StemSimilarity.similarity(stem.grams(), other.grams());
                    if (similarity >= StemSimilarity.NEAR_DUPLICATE && similarity > bestSimilarity) {
                        best = other;
                        bestSimilarity = similarity;
                    }
                }
            }
            if (best != null) {
                found.add(new BatchNearDuplicate(
                        stem.index(),
                        best.questionId() == null ? best.index() : null,
                        best.questionId(),
                        best.text(),
                        bestSimilarity));
            }
            others.add(stem);
        }
        return found;
    }

    private static boolean mayReach(Stem a, Stem b) {
        int small = Math.min(a.grams().size(), b.grams().size());
        int large = Math.max(a.grams().size(), b.grams().size());
        return large == 0 || small >= StemSimilarity.NEAR_DUPLICATE * large;
    }
}
