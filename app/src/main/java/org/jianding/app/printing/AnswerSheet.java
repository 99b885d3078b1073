package org.jianding.app.printing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 答题卡 (answer sheet) of a paper sitting: one page set per candidate (their 工号 and name printed, so the sheet and
 * the score row match), or one blank set when the list is empty.
 *
 * @param title the session, e.g. 政企客户经理 四级(初级) 纸笔考试
 * @param subtitle e.g. the paper's title and the sitting's date
 */
public record AnswerSheet(String title, String subtitle, List<Candidate> candidates, List<Row> rows) {

    public AnswerSheet {
        candidates = List.copyOf(candidates);
        rows = List.copyOf(rows);
    }

    public record Candidate(String employeeNo, String name) {}

    /**
     * One printed question: its number, its type's Chinese name, the choices to mark (option letters, or 对 and 错;
     * empty for a question answered on the paper and scored by a grader) and its points.
     */
    public record Row(String number, String type, List<String> choices, BigDecimal points) {}
}
