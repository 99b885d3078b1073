package org.jianding.app.papers;

import java.util.List;

/**
 * A paper's questions at their pinned versions, without the checker's audit: what an exam needs to show and mark
 * a paper. Cheap enough to load at every exam start.
 */
public record PaperContent(PaperSummary paper, List<PaperQuestion> questions) {

    public int maxPoints() {
        return questions.stream().mapToInt(PaperQuestion::points).sum();
    }
}
