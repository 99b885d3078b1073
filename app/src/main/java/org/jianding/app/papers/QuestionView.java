package org.jianding.app.papers;

import java.util.List;
import java.util.stream.Collectors;
import org.jianding.app.shared.Words;
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

    /** The question with its key and rubric in Chinese (the JSON API's words). */
    public static QuestionView of(PaperQuestion q) {
        return of(q, null);
    }

    /** The question with its key and rubric in these words ({@code null}: Chinese, as the JSON API writes them). */
    public static QuestionView of(PaperQuestion q, Words w) {
        Question c = q.content();
        String caseText = c.body() instanceof CaseAnalysis ca ? ca.caseText() : null;
        List<QuestionView> subs = c.body() instanceof CaseAnalysis ca ? subViews(ca.subQuestions(), w) : List.of();
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
                key(c.body(), w),
                c.explanation(),
                rubric(c.body(), w));
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

    private static List<QuestionView> subViews(List<SubQuestion> subs, Words w) {
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
                            key(s.body(), w),
                            s.explanation(),
                            rubric(s.body(), w));
                })
                .toList();
    }

    static String key(QuestionBody body, Words w) {
        boolean chinese = w == null || w.chinese();
        if (body instanceof SingleChoice s) {
            return s.answer();
        } else if (body instanceof MultipleChoice m) {
            return String.join("", m.answers());
        } else if (body instanceof TrueFalse t) {
            if (chinese) {
                return t.answer() ? "对" : "错";
            }
            return w.get(t.answer() ? "bank.true" : "bank.false");
        } else if (body instanceof FillBlank f) {
            return f.blanks().stream()
                    .map(Blank::accepted)
                    .map(a -> String.join(" / ", a))
                    .collect(Collectors.joining(chinese ? "；" : "; "));
        } else if (body instanceof ShortAnswer s) {
            return s.referenceAnswer();
        }
        return chinese ? "见各小题" : w.get("paper.key.seeParts");
    }

    static List<String> rubric(QuestionBody body, Words w) {
        if (!(body instanceof ShortAnswer s)) {
            return List.of();
        }
        return s.rubric().stream()
                .map(r -> {
                    String points = r.points().stripTrailingZeros().toPlainString();
                    return w == null || w.chinese()
                            ? r.description() + "（" + points + " 分）"
                            : w.get("paper.rubric.point", r.description(), points);
                })
                .toList();
    }
}
