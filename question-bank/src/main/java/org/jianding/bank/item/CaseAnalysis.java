package org.jianding.bank.item;

import java.math.BigDecimal;
import java.util.List;

/**
 * 案例分析: a case text and the sub-questions about it, in order. Sub-questions carry their own points so a
 * grader can mark them one by one; the question's points are their sum.
 */
public record CaseAnalysis(String caseText, List<SubQuestion> subQuestions) implements QuestionBody {

    public CaseAnalysis {
        Problems problems = new Problems();
        caseText = Texts.normalise(caseText);
        subQuestions = problems.list(subQuestions, "subQuestions", "小题");
        if (caseText.isEmpty()) {
            problems.add("caseText", "案例分析题须给出案例");
        }
        if (subQuestions.isEmpty()) {
            problems.add("subQuestions", "案例分析题至少要有一道小题");
        }
        problems.throwIfAny();
    }

    public BigDecimal subQuestionTotal() {
        return Points.sum(subQuestions.stream().map(SubQuestion::points).toList());
    }

    @Override
    public QuestionType type() {
        return QuestionType.CASE_ANALYSIS;
    }
}
