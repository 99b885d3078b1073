package org.jianding.app.questions.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntFunction;
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
 * the question in one pass. A part that failed is replaced by a stand-in (an option with a text of its own, a rubric
 * point with the points the author gave, a body of its type), so the checks around it still run: a choice question
 * with an empty option still reports its missing key, its stem and its classification. A problem that only the
 * stand-in causes (a sum that cannot be known while a row has no points) is dropped as a consequence. Stand-ins never
 * leave this class: whenever one was used there is a problem, and reading throws.
 */
final class QuestionJsonReader {

    private static final String STAND_IN = "（待改正）";

    private QuestionJsonReader() {}

    /** A body as read: the record, or its stand-in, and whether the sum of its points can be checked. */
    private record Part(QuestionBody body, boolean sumKnown) {}

    static Question read(QuestionJson j) {
        List<Problem> problems = new ArrayList<>();
        Part part = j.type() == null
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
                        problems);
        Question question = attempt(
                () -> new Question(
                        j.stem(),
                        part == null ? null : part.body(),
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
                p -> part != null && !part.sumKnown() && isSumProblem(p, j.type(), j.points()));
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        return question;
    }

    /** The rubric's or the sub-questions' sum against the points: unknowable while a row's points are bad. */
    private static boolean isSumProblem(Problem p, QuestionType type, BigDecimal points) {
        return switch (type) {
            case SHORT_ANSWER -> p.field().equals("rubric");
            case CASE_ANALYSIS -> p.field().equals("points") && validPoints(points);
            default -> false;
        };
    }

    private static Part body(
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
            List<Problem> problems) {
        return switch (type) {
            case SINGLE_CHOICE -> {
                List<Option> list = options(options, problems);
                yield orStandIn(attempt(() -> new SingleChoice(list, answer), "", problems));
            }
            case MULTIPLE_CHOICE -> {
                List<Option> list = options(options, problems);
                yield orStandIn(attempt(() -> new MultipleChoice(list, orEmpty(answers)), "", problems));
            }
            case TRUE_FALSE -> {
                if (correct == null) {
                    problems.add(new Problem("correct", "判断题须给出答案（对或错）"));
                }
                yield orStandIn(correct == null ? null : new TrueFalse(correct));
            }
            case FILL_BLANK -> {
                List<Blank> list = blanks(blanks, blankRules, problems);
                yield orStandIn(attempt(() -> new FillBlank(list), "", problems));
            }
            case SHORT_ANSWER -> shortAnswer(referenceAnswer, rubric, problems);
            case CASE_ANALYSIS -> caseAnalysis(caseText, subQuestions, problems);
        };
    }

    /** A choice, true/false or fill-in body; a stand-in for one adds nothing to the checks of the stem. */
    private static Part orStandIn(QuestionBody body) {
        return new Part(body == null ? TrueFalse.right() : body, true);
    }

    private static Part shortAnswer(String referenceAnswer, List<RubricJson> rubric, List<Problem> problems) {
        boolean[] pointsKnown = {true};
        List<RubricPoint> list = each(
                rubric,
                "rubric",
                (r, p) -> new RubricPoint(r.points(), r.description()),
                i -> {
                    RubricJson r = rubric.get(i);
                    boolean known = r != null && validPoints(r.points());
                    pointsKnown[0] &= known;
                    return new RubricPoint(known ? r.points() : BigDecimal.ONE, STAND_IN);
                },
                problems);
        ShortAnswer built = attempt(() -> new ShortAnswer(referenceAnswer, list), "", problems);
        if (built != null) {
            return new Part(built, pointsKnown[0]);
        }
        boolean empty = list.isEmpty();
        return new Part(
                new ShortAnswer(STAND_IN, empty ? List.of(new RubricPoint(BigDecimal.ONE, STAND_IN)) : list),
                pointsKnown[0] && !empty);
    }

    private static Part caseAnalysis(String caseText, List<SubQuestionJson> subs, List<Problem> problems) {
        boolean[] pointsKnown = {true};
        List<SubQuestion> list = each(
                subs,
                "subQuestions",
                QuestionJsonReader::subQuestion,
                i -> {
                    SubQuestionJson s = subs.get(i);
                    boolean known = s != null && validPoints(s.points());
                    pointsKnown[0] &= known;
                    return standInSub(known ? s.points() : BigDecimal.ONE);
                },
                problems);
        CaseAnalysis built = attempt(() -> new CaseAnalysis(caseText, list), "", problems);
        if (built != null) {
            return new Part(built, pointsKnown[0]);
        }
        boolean empty = list.isEmpty();
        return new Part(
                new CaseAnalysis(STAND_IN, empty ? List.of(standInSub(BigDecimal.ONE)) : list),
                pointsKnown[0] && !empty);
    }

    private static SubQuestion standInSub(BigDecimal points) {
        return new SubQuestion(STAND_IN, TrueFalse.right(), points, "");
    }

    private static SubQuestion subQuestion(SubQuestionJson s, String at) {
        List<Problem> problems = new ArrayList<>();
        Part part = null;
        if (s.type() == null) {
            problems.add(new Problem("type", "小题缺少题型"));
        } else if (s.type() == QuestionType.CASE_ANALYSIS) {
            problems.add(new Problem("type", "案例分析的小题不能再是案例分析题"));
        } else {
            part = body(
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
                    problems);
        }
        Part read = part;
        SubQuestion built = attempt(
                () -> new SubQuestion(
                        s.stem(), read == null ? TrueFalse.right() : read.body(), s.points(), s.explanation()),
                "",
                problems,
                p -> read != null && !read.sumKnown() && p.field().equals("rubric"));
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        return built;
    }

    /** Each blank with the rules at its index; a rule without a blank is reported, not dropped silently. */
    private static List<Blank> blanks(List<List<String>> blanks, List<BlankRuleJson> rules, List<Problem> problems) {
        List<BlankRuleJson> ruleList = orEmpty(rules);
        int count = blanks == null ? 0 : blanks.size();
        if (ruleList.size() > count) {
            problems.add(new Problem("blankRules", "答案规则有" + ruleList.size() + "组，空却只有" + count + "个"));
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
                "blanks",
                (b, p) -> new Blank(b.accepted(), b.rule() == null ? BlankMatching.DEFAULT : matching(b.rule())),
                i -> Blank.of(STAND_IN + (i + 1)),
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

    /** The options; one that failed stands in with the label it should have and a text of its own. */
    private static List<Option> options(List<OptionJson> options, List<Problem> problems) {
        return each(
                options,
                "options",
                (o, p) -> new Option(o.label(), o.text()),
                i -> i < Option.LABELS.length()
                        ? new Option(Option.LABELS.substring(i, i + 1), STAND_IN + (i + 1))
                        : null,
                problems);
    }

    private interface Maker<S, T> {
        T make(S source, String at);
    }

    /**
     * Builds each element on its own, collecting the problems of each under {@code field[i]}; an element that failed
     * is replaced by its stand-in (none when that gives null).
     */
    private static <S, T> List<T> each(
            List<S> sources, String field, Maker<S, T> maker, IntFunction<T> standIn, List<Problem> problems) {
        List<T> built = new ArrayList<>();
        if (sources == null) {
            return built;
        }
        for (int i = 0; i < sources.size(); i++) {
            S source = sources.get(i);
            String at = field + "[" + (i + 1) + "].";
            T made;
            if (source == null) {
                problems.add(new Problem(field + "[" + (i + 1) + "]", "不能为空项"));
                made = null;
            } else {
                made = attempt(() -> maker.make(source, at), at, problems);
            }
            T kept = made != null ? made : standIn.apply(i);
            if (kept != null) {
                built.add(kept);
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

    /** Points the item model takes: positive, at most one decimal. */
    private static boolean validPoints(BigDecimal points) {
        return points != null
                && points.signum() > 0
                && points.stripTrailingZeros().scale() <= 1;
    }

    private static Difficulty difficulty(Integer value) {
        return value == null || value < Difficulty.MIN || value > Difficulty.MAX ? null : Difficulty.of(value);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
