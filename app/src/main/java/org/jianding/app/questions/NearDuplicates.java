package org.jianding.app.questions;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jianding.bank.item.StemSimilarity;
import org.springframework.stereotype.Component;

/**
 * Finds questions of the same knowledge point whose stems read almost the same (bigram similarity at or above
 * {@link StemSimilarity#NEAR_DUPLICATE}). A leaf holds at most a few thousand questions, so comparing against each
 * is cheap; the five most similar are reported.
 */
@Component
class NearDuplicates {

    private final QuestionRepository repository;

    NearDuplicates(QuestionRepository repository) {
        this.repository = repository;
    }

    List<NearDuplicate> find(long nodeId, String stemText, Long except) {
        Set<String> grams = StemSimilarity.bigrams(StemSimilarity.normalise(stemText));
        return repository.stems(nodeId, except).stream()
                .map(s -> new NearDuplicate(
                        s.questionId(),
                        s.text(),
                        StemSimilarity.similarity(grams, StemSimilarity.bigrams(StemSimilarity.normalise(s.text())))))
                .filter(d -> d.similarity() >= StemSimilarity.NEAR_DUPLICATE)
                .sorted(Comparator.comparingDouble(NearDuplicate::similarity).reversed())
                .limit(5)
                .toList();
    }
}
