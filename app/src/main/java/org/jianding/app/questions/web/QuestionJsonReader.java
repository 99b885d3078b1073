package org.jianding.app.questions.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jianding.app.questions.web.QuestionJson.BlankRuleJson;
import org.jianding.app.questions.web.QuestionJson.OptionJson;
import org.jianding.app.questions.web.QuestionJson.RubricJson;
import org.jianding.app.questions.web.QuestionJson.SubQuestionJson;
import org.jianding.bank.Level;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.InvalidQuestionException;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Problem;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;

/**
 * Builds the item model's question from the flat JSON part by part. Each part checks itself and throws on the first
 * bad record, so each is built on its own and its problems are collected under its path ({@code options[2].text},
 * {@code subQuestions[1].rubric[2].points}, counted from 1 as authors count); the author then sees every problem of
 * the question in one pass. A part that failed leaves a hole, and the "missing" problem that hole causes further up
 * is dropped as a consequence, not a second mistake.
 */
final class QuestionJsonReader {

    private QuestionJsonReader() {}

    static Question read(QuestionJson j) {
        List<Problem> problems = new ArrayList<>();
        QuestionBody body = j.type() == null
                ? null
                : body(
                        j.type(),
                        j.options(),
                        j.answer(),
                        j.answers(),
                        j.correct(),
                        j.blanks(),
                        j.blankRules(),
                        j.referenceAnswer(),
                        j.rubric(),
                        j.caseText(),
                        j.subQuestions(),
                        "",
                        problems);
        boolean bodyFailed = j.type() != null && body == null;
        Question question = attempt(
                () -> new Question(
                        j.stem(),
                        body,
                        j.points(),
                        j.explanation(),
                        j.knowledgePoint(),
                        j.secondaryKnowledgePoints() == null ? List.of() : j.secondaryKnowledgePoints(),
                        difficulty(j.difficulty()),
                        j.cognitiveLevel(),
                        j.levels() == null ? EnumSet.noneOf(Level.class) : j.levels(),
                        j.source()),
                "",
                problems,
                p -> bodyFailed && p.field().equals("body"));
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        return question;
    }

    private static QuestionBody body(
            QuestionType type,
            List<OptionJson> options,
            String answer,
            List<String> answers,
            Boolean correct,
            List<List<String>> blanks,
            List<BlankRuleJson> blankRules,
            String referenceAnswer,
            List<RubricJson> rubric,
            String caseText,
            List<SubQuestionJson> subQuestions,
            String at,
            List<Problem> problems) {
        int before = problems.size();
        return switch (type) {
            case SINGLE_CHOICE -> {
                List<Option> list = options(options, at, problems);
                yield problems.size() > before ? null : attempt(() -> new SingleChoice(list, answer), at, problems);
            }
            case MULTIPLE_CHOICE -> {
                List<Option> list = options(options, at, problems);
                yield problems.size() > before
                        ? null
                        : attempt(() -> new MultipleChoice(list, orEmpty(answers)), at, problems);
            }
            case TRUE_FALSE -> {
                if (correct == null) {
                    problems.add(new Problem(at + "correct", "判断题须给出答案（对或错）"));
                    yield null;
                }
                yield new TrueFalse(correct);
            }
            case FILL_BLANK -> {
                List<Blank> list = blanks(blanks, blankRules, at, problems);
                yield problems.size() > before ? null : attempt(() -> new FillBlank(list), at, problems);
            }
            case SHORT_ANSWER -> {
                List<RubricPoint> list =
                        each(rubric, at + "rubric", (r, p) -> new RubricPoint(r.points(), r.description()), problems);
                yield problems.size() > before
                        ? null
                        : attempt(() -> new ShortAnswer(referenceAnswer, list), at, problems);
            }
            case CASE_ANALYSIS -> caseAnalysis(caseText, subQuestions, at, problems);
        };
    }

    private static QuestionBody caseAnalysis(
            String caseText, List<SubQuestionJson> subs, String at, List<Problem> problems) {
        int before = problems.size();
        List<SubQuestion> list = each(subs, at + "subQuestions", QuestionJsonReader::subQuestion, problems);
        boolean subsFailed = problems.size() > before;
        CaseAnalysis built = attempt(
                () -> new CaseAnalysis(caseText, list),
                at,
                problems,
                p -> subsFailed && p.field().equals("subQuestions"));
        return subsFailed ? null : built;
    }

    private static SubQuestion subQuestion(SubQuestionJson s, String at) {
        List<Problem> problems = new ArrayList<>();
        QuestionBody body = null;
        if (s.type() == null) {
            problems.add(new Problem("type", "小题缺少题型"));
        } else if (s.type() == QuestionType.CASE_ANALYSIS) {
            problems.add(new Problem("type", "案例分析的小题不能再是案例分析题"));
        } else {
            body = body(
                    s.type(),
                    s.options(),
                    s.answer(),
                    s.answers(),
                    s.correct(),
                    s.blanks(),
                    s.blankRules(),
                    s.referenceAnswer(),
                    s.rubric(),
                    null,
                    null,
                    "",
                    problems);
        }
        boolean bodyFailed = body == null;
        QuestionBody finalBody = body;
        SubQuestion built = attempt(
                () -> new SubQuestion(s.stem(), finalBody, s.points(), s.explanation()),
                "",
                problems,
                p -> bodyFailed && p.field().equals("body"));
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        return built;
    }

    /** Each blank with the rules at its index; a rule without a blank is reported, not dropped silently. */
    private static List<Blank> blanks(
            List<List<String>> blanks, List<BlankRuleJson> rules, String at, List<Problem> problems) {
        List<BlankRuleJson> ruleList = orEmpty(rules);
        int count = blanks == null ? 0 : blanks.size();
        if (ruleList.size() > count) {
            problems.add(new Problem(at + "blankRules", "答案规则有" + ruleList.size() + "组，空却只有" + count + "个"));
        }
        List<RuledBlank> ruled = null;
        if (blanks != null) {
            ruled = new ArrayList<>();
            for (int i = 0; i < blanks.size(); i++) {
                BlankRuleJson rule = i < ruleList.size() ? ruleList.get(i) : null;
                ruled.add(blanks.get(i) == null ? null : new RuledBlank(blanks.get(i), rule));
            }
        }
        return each(
                ruled,
                at + "blanks",
                (b, p) -> new Blank(b.accepted(), b.rule() == null ? BlankMatching.DEFAULT : matching(b.rule())),
                problems);
    }

    private record RuledBlank(List<String> accepted, BlankRuleJson rule) {}

    /** The rules of a blank; a negative tolerance is reported where the author typed it. */
    private static BlankMatching matching(BlankRuleJson rule) {
        try {
            return rule.toMatching();
        } catch (InvalidQuestionException e) {
            throw new InvalidQuestionException(
                    e.problems().stream().map(p -> p.within("matching")).toList());
        }
    }

    private static List<Option> options(List<OptionJson> options, String at, List<Problem> problems) {
        return each(options, at + "options", (o, p) -> new Option(o.label(), o.text()), problems);
    }

    private interface Maker<S, T> {
        T make(S source, String at);
    }

    /** Builds each element on its own, collecting the problems of each under {@code field[i]}. */
    private static <S, T> List<T> each(List<S> sources, String field, Maker<S, T> maker, List<Problem> problems) {
        List<T> built = new ArrayList<>();
        if (sources == null) {
            return built;
        }
        for (int i = 0; i < sources.size(); i++) {
            S source = sources.get(i);
            String at = field + "[" + (i + 1) + "].";
            if (source == null) {
                problems.add(new Problem(field + "[" + (i + 1) + "]", "不能为空项"));
                continue;
            }
            T made = attempt(() -> maker.make(source, at), at, problems);
            if (made != null) {
                built.add(made);
            }
        }
        return built;
    }

    private static <T> T attempt(Supplier<T> make, String at, List<Problem> problems) {
        return attempt(make, at, problems, p -> false);
    }

    private static <T> T attempt(Supplier<T> make, String at, List<Problem> problems, Predicate<Problem> consequence) {
        try {
            return make.get();
        } catch (InvalidQuestionException e) {
            e.problems().stream()
                    .filter(consequence.negate())
                    .forEach(p -> problems.add(new Problem(at + p.field(), p.message())));
            return null;
        }
    }

    private static Difficulty difficulty(Integer value) {
        return value == null || value < Difficulty.MIN || value > Difficulty.MAX ? null : Difficulty.of(value);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
