package org.jianding.app.questions;

import java.util.function.UnaryOperator;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;

/** Applies {@link RichText#sanitise} to every text of a question a candidate or grader may see rendered. */
final class QuestionSanitiser {

    private static final UnaryOperator<String> CLEAN = RichText::sanitise;

    private QuestionSanitiser() {}

    static Question sanitise(Question q) {
        return new Question(
                CLEAN.apply(q.stem()),
                body(q.body()),
                q.points(),
                CLEAN.apply(q.explanation()),
                q.knowledgePoint(),
                q.secondaryKnowledgePoints(),
                q.difficulty(),
                q.cognitiveLevel(),
                q.levels(),
                q.source());
    }

    private static QuestionBody body(QuestionBody body) {
        if (body instanceof SingleChoice s) {
            return new SingleChoice(
                    s.options().stream().map(QuestionSanitiser::option).toList(), s.answer());
        }
        if (body instanceof MultipleChoice m) {
            return new MultipleChoice(
                    m.options().stream().map(QuestionSanitiser::option).toList(), m.answers());
        }
        if (body instanceof ShortAnswer a) {
            return new ShortAnswer(
                    CLEAN.apply(a.referenceAnswer()),
                    a.rubric().stream()
                            .map(r -> new RubricPoint(r.points(), CLEAN.apply(r.description())))
                            .toList());
        }
        if (body instanceof CaseAnalysis c) {
            return new CaseAnalysis(
                    CLEAN.apply(c.caseText()),
                    c.subQuestions().stream()
                            .map(q -> new SubQuestion(
                                    CLEAN.apply(q.stem()), body(q.body()), q.points(), CLEAN.apply(q.explanation())))
                            .toList());
        }
        return body; // true/false and fill-in keys hold no rich text
    }

    private static Option option(Option o) {
        return new Option(o.label(), CLEAN.apply(o.text()));
    }

    /** The plain text that search and duplicate checks use: for a case analysis its case text and stem. */
    static String searchText(Question q) {
        String text = q.body() instanceof CaseAnalysis c ? c.caseText() + " " + q.stem() : q.stem();
        String plain = RichText.plain(text).strip();
        return plain.length() <= 1000 ? plain : plain.substring(0, 1000);
    }
}
