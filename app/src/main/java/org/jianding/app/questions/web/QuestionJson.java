package org.jianding.app.questions.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;

/**
 * A question as the JSON API and the editor page exchange it: one flat shape for all six types, fields that do not
 * belong to the type left null. Converting to {@link Question} runs the item model's validation, which reports
 * every problem at once.
 */
public record QuestionJson(
        QuestionType type,
        String stem,
        List<Option> options,
        String answer,
        List<String> answers,
        Boolean correct,
        List<List<String>> blanks,
        String referenceAnswer,
        List<RubricPoint> rubric,
        String caseText,
        List<SubQuestionJson> subQuestions,
        String explanation,
        String knowledgePoint,
        List<String> secondaryKnowledgePoints,
        Integer difficulty,
        CognitiveLevel cognitiveLevel,
        Set<Level> levels,
        BigDecimal points,
        String source) {

    /** A sub-question of a case analysis. */
    public record SubQuestionJson(
            QuestionType type,
            String stem,
            List<Option> options,
            String answer,
            List<String> answers,
            Boolean correct,
            List<List<String>> blanks,
            String referenceAnswer,
            List<RubricPoint> rubric,
            BigDecimal points,
            String explanation) {}

    public Question toQuestion() {
        return new Question(
                stem,
                body(type, options, answer, answers, correct, blanks, referenceAnswer, rubric, caseText, subQuestions),
                points,
                explanation,
                knowledgePoint,
                secondaryKnowledgePoints == null ? List.of() : secondaryKnowledgePoints,
                difficulty == null ? null : safeDifficulty(difficulty),
                cognitiveLevel,
                levels == null ? EnumSet.noneOf(Level.class) : levels,
                source);
    }

    public static QuestionJson of(Question q) {
        Parts p = parts(q.body());
        return new QuestionJson(
                q.type(),
                q.stem(),
                p.options,
                p.answer,
                p.answers,
                p.correct,
                p.blanks,
                p.referenceAnswer,
                p.rubric,
                p.caseText,
                p.subQuestions,
                q.explanation(),
                q.knowledgePoint(),
                q.secondaryKnowledgePoints(),
                q.difficulty().value(),
                q.cognitiveLevel(),
                q.levels(),
                q.points(),
                q.source());
    }

    private static Difficulty safeDifficulty(int value) {
        return value < Difficulty.MIN || value > Difficulty.MAX ? null : Difficulty.of(value);
    }

    private static QuestionBody body(
            QuestionType type,
            List<Option> options,
            String answer,
            List<String> answers,
            Boolean correct,
            List<List<String>> blanks,
            String referenceAnswer,
            List<RubricPoint> rubric,
            String caseText,
            List<SubQuestionJson> subQuestions) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case SINGLE_CHOICE -> new SingleChoice(orEmpty(options), answer);
            case MULTIPLE_CHOICE -> new MultipleChoice(orEmpty(options), orEmpty(answers));
            case TRUE_FALSE -> new TrueFalse(Boolean.TRUE.equals(correct));
            case FILL_BLANK ->
                new FillBlank(orEmpty(blanks).stream().map(Blank::new).toList());
            case SHORT_ANSWER -> new ShortAnswer(referenceAnswer, orEmpty(rubric));
            case CASE_ANALYSIS ->
                new CaseAnalysis(
                        caseText,
                        orEmpty(subQuestions).stream()
                                .map(s -> new SubQuestion(
                                        s.stem(),
                                        body(
                                                s.type(),
                                                s.options(),
                                                s.answer(),
                                                s.answers(),
                                                s.correct(),
                                                s.blanks(),
                                                s.referenceAnswer(),
                                                s.rubric(),
                                                null,
                                                null),
                                        s.points(),
                                        s.explanation()))
                                .toList());
        };
    }

    private record Parts(
            List<Option> options,
            String answer,
            List<String> answers,
            Boolean correct,
            List<List<String>> blanks,
            String referenceAnswer,
            List<RubricPoint> rubric,
            String caseText,
            List<SubQuestionJson> subQuestions) {}

    private static Parts parts(QuestionBody body) {
        if (body instanceof SingleChoice s) {
            return new Parts(s.options(), s.answer(), null, null, null, null, null, null, null);
        }
        if (body instanceof MultipleChoice m) {
            return new Parts(m.options(), null, m.answers(), null, null, null, null, null, null);
        }
        if (body instanceof TrueFalse t) {
            return new Parts(null, null, null, t.answer(), null, null, null, null, null);
        }
        if (body instanceof FillBlank f) {
            return new Parts(
                    null,
                    null,
                    null,
                    null,
                    f.blanks().stream().map(Blank::accepted).toList(),
                    null,
                    null,
                    null,
                    null);
        }
        if (body instanceof ShortAnswer a) {
            return new Parts(null, null, null, null, null, a.referenceAnswer(), a.rubric(), null, null);
        }
        CaseAnalysis c = (CaseAnalysis) body;
        List<SubQuestionJson> subs = c.subQuestions().stream()
                .map(s -> {
                    Parts p = parts(s.body());
                    return new SubQuestionJson(
                            s.type(),
                            s.stem(),
                            p.options,
                            p.answer,
                            p.answers,
                            p.correct,
                            p.blanks,
                            p.referenceAnswer,
                            p.rubric,
                            s.points(),
                            s.explanation());
                })
                .toList();
        return new Parts(null, null, null, null, null, null, null, c.caseText(), subs);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
