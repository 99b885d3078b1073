package org.jianding.bank.item;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question inside a case analysis. It inherits difficulty, cognitive level, levels and knowledge point from
 * the case, so it holds only what is its own: stem, body, points and an optional explanation.
 */
public record SubQuestion(String stem, QuestionBody body, BigDecimal points, String explanation) {

    public SubQuestion {
        Problems problems = new Problems();
        stem = Texts.normalise(stem);
        explanation = Texts.normalise(explanation);
        points = Points.check(points, "points", problems);
        if (stem.isEmpty()) {
            problems.add("stem", "小题的题干不能为空");
        }
        if (body == null) {
            problems.add("body", "小题缺少题型与答案");
        } else if (body instanceof CaseAnalysis) {
            problems.add("body", "案例分析的小题不能再是案例分析题");
        } else {
            StemRules.check(stem, body, points, problems);
        }
        problems.throwIfAny();
    }

    public QuestionType type() {
        return body.type();
    }

    public List<Option> options() {
        return body.options();
    }
}
