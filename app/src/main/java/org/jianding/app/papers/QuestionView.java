package org.jianding.app.papers;

import java.util.List;
import java.util.stream.Collectors;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;

/**
 * One question of a paper as shown: stem and options (and the case with its sub-questions), and, only in the
 * reviewer's view, the key, explanation and rubric. {@link #withoutKeys} is what a candidate would see.
 */
public record QuestionView(
        int position,
        QuestionType type,
        int points,
        long questionId,
        int versionNo,
        String stem,
        List<Option> options,
        String caseText,
        List<QuestionView> subQuestions,
        String key,
        String explanation,
        List<String> rubric) {

    public static QuestionView of(PaperQuestion q) {
        Question c = q.content();
        String caseText = c.body() instanceof CaseAnalysis ca ? ca.caseText() : null;
        List<QuestionView> subs = c.body() instanceof CaseAnalysis ca ? subViews(ca.subQuestions()) : List.of();
        return new QuestionView(
                q.position(),
                q.section(),
                q.points(),
                q.questionId(),
                q.versionNo(),
                c.stem(),
                c.options(),
                caseText,
                subs,
                key(c.body()),
                c.explanation(),
                rubric(c.body()));
    }

    public QuestionView withoutKeys() {
        return new QuestionView(
                position,
                type,
                points,
                questionId,
                versionNo,
                stem,
                options,
                caseText,
                subQuestions.stream().map(QuestionView::withoutKeys).toList(),
                null,
                null,
                List.of());
    }

    private static List<QuestionView> subViews(List<SubQuestion> subs) {
        return java.util.stream.IntStream.range(0, subs.size())
                .mapToObj(i -> {
                    SubQuestion s = subs.get(i);
                    return new QuestionView(
                            i + 1,
                            s.type(),
                            s.points().intValue(),
                            0,
                            0,
                            s.stem(),
                            s.options(),
                            null,
                            List.of(),
                            key(s.body()),
                            s.explanation(),
                            rubric(s.body()));
                })
                .toList();
    }

    static String key(QuestionBody body) {
        if (body instanceof SingleChoice s) {
            return s.answer();
        } else if (body instanceof MultipleChoice m) {
            return String.join("", m.answers());
        } else if (body instanceof TrueFalse t) {
            return t.answer() ? "对" : "错";
        } else if (body instanceof FillBlank f) {
            return f.blanks().stream()
                    .map(Blank::accepted)
                    .map(a -> String.join(" / ", a))
                    .collect(Collectors.joining("；"));
        } else if (body instanceof ShortAnswer s) {
            return s.referenceAnswer();
        }
        return "见各小题";
    }

    static List<String> rubric(QuestionBody body) {
        return body instanceof ShortAnswer s
                ? s.rubric().stream()
                        .map(r -> r.description() + "（"
                                + r.points().stripTrailingZeros().toPlainString() + " 分）")
                        .toList()
                : List.of();
    }
}
