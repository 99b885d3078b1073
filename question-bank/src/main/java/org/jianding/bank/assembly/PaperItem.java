package org.jianding.bank.assembly;

import org.jianding.bank.item.QuestionType;

/** One question of a paper: the pinned item version, its type, its points and the facility it was chosen with. */
public record PaperItem(ItemRef ref, QuestionType type, int points, double facility) {

    public double expectedPoints() {
        return points * facility;
    }
}
