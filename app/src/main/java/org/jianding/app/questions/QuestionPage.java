package org.jianding.app.questions;

import java.util.List;

/** One page of questions and the total that match. */
public record QuestionPage(List<QuestionSummary> questions, long total, int page, int size) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
