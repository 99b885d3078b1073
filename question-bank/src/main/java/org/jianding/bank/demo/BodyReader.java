package org.jianding.bank.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.InvalidQuestionException;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.OptionStandard;
import org.jianding.bank.item.Problem;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;

/**
 * Reads the type-specific part of a block into a {@link QuestionBody}, and the sub-questions of a case. Every
 * method returns {@code null} once it has reported a problem, so a broken part never yields a half-built body.
 */
final class BodyReader {

    private final FileProblems problems;
    private final boolean standard;

    /** @param standard whether choice questions must meet the bank's standard ({@link OptionStandard}) */
    BodyReader(FileProblems problems, boolean standard) {
        this.problems = problems;
        this.standard = standard;
    }

    QuestionBody read(Block block) {
        return switch (block.type) {
            case SINGLE_CHOICE -> singleChoice(block);
            case MULTIPLE_CHOICE -> multipleChoice(block);
            case TRUE_FALSE -> field(block, Keys.ANSWER, e -> Values.rightOrWrong(e, problems), TrueFalse::new);
            case FILL_BLANK -> fillBlank(block);
            case SHORT_ANSWER -> shortAnswer(block);
            case CASE_ANALYSIS -> caseAnalysis(block);
        };
    }

    private QuestionBody singleChoice(Block block) {
        List<Option> options =
                all(block.options, e -> problems.attempt(e.line(), () -> new Option(e.key(), e.value())));
        return field(
                block,
                Keys.ANSWER,
                e -> Values.letter(e, problems),
                answer -> options == null
                        ? null
                        : problems.attempt(
                                block,
                                () -> standard(
                                        QuestionType.SINGLE_CHOICE, options, () -> new SingleChoice(options, answer))));
    }

    private QuestionBody multipleChoice(Block block) {
        List<Option> options =
                all(block.options, e -> problems.attempt(e.line(), () -> new Option(e.key(), e.value())));
        return field(
                block,
                Keys.ANSWER,
                e -> Values.letters(e, problems),
                answers -> options == null
                        ? null
                        : problems.attempt(
                                block,
                                () -> standard(
                                        QuestionType.MULTIPLE_CHOICE,
                                        options,
                                        () -> new MultipleChoice(options, answers))));
    }

    private <B extends QuestionBody> B standard(QuestionType type, List<Option> options, Supplier<B> build) {
        return standard ? OptionStandard.require(type, options, build) : build.get();
    }

    private QuestionBody fillBlank(Block block) {
        List<Entry> answers = new ArrayList<>();
        Map<Integer, Entry> rules = new HashMap<>();
        for (Entry field : block.fields) {
            Matcher ruled = Keys.BLANK_RULES.matcher(field.key());
            if (ruled.matches()) {
                rules.put(Integer.valueOf(ruled.group(1)), field);
            }
            Matcher numbered = Keys.BLANK_ANSWER.matcher(field.key());
            if (numbered.matches()) {
                String expected = Keys.ANSWER + (answers.size() + 1);
                if (!field.key().equals(expected)) {
                    problems.report(field.line(), "答案须按空的顺序编号，此处应为「" + expected + "」，实为「" + field.key() + "」");
                }
                answers.add(field);
            }
        }
        if (answers.isEmpty()) {
            problems.report(block.line, "缺少「答案1」：填空题每个空写一行「答案1: …」");
            return null;
        }
        rules.forEach((no, entry) -> {
            if (no > answers.size()) {
                problems.report(entry.line(), "「" + entry.key() + "」没有对应的「" + Keys.ANSWER + no + "」");
            }
        });
        List<Blank> blanks = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < answers.size(); i++) {
            Blank blank = blank(answers.get(i), rules.get(i + 1));
            failed |= blank == null;
            blanks.add(blank);
        }
        return failed ? null : problems.attempt(block, () -> new FillBlank(blanks));
    }

    /** One blank from its answer line and its optional rules line; a rule's problem is reported on its own line. */
    private Blank blank(Entry answer, Entry rules) {
        BlankMatching matching = rules == null
                ? BlankMatching.DEFAULT
                : problems.attempt(rules.line(), () -> BlankMatching.parse(rules.value()));
        if (matching == null) {
            // still report what is wrong with the answers themselves
            problems.attempt(answer.line(), () -> new Blank(Values.alternatives(answer)));
            return null;
        }
        try {
            return new Blank(Values.alternatives(answer), matching);
        } catch (InvalidQuestionException e) {
            for (Problem p : e.problems()) {
                boolean ofRules = rules != null && p.rootField().equals("matching");
                problems.report(ofRules ? rules.line() : answer.line(), p.message());
            }
            return null;
        }
    }

    private QuestionBody shortAnswer(Block block) {
        Entry header = block.field(Keys.RUBRIC).orElse(null);
        if (header == null) {
            return null;
        }
        if (!header.value().isEmpty()) {
            problems.report(header.line(), "「评分要点:」后不写内容，要点逐行写作「- 2分 说明」");
            return null;
        }
        if (block.rubric.isEmpty()) {
            problems.report(header.line(), "「评分要点:」下至少要有一行「- 2分 说明」");
            return null;
        }
        List<RubricPoint> rubric = all(
                block.rubric,
                e -> problems.attempt(e.line(), () -> new RubricPoint(new BigDecimal(e.key()), e.value())));
        String reference = block.field(Keys.REFERENCE_ANSWER).map(Entry::value).orElse(null);
        return rubric == null || reference == null
                ? null
                : problems.attempt(block, () -> new ShortAnswer(reference, rubric));
    }

    private QuestionBody caseAnalysis(Block block) {
        List<SubQuestion> subQuestions = all(block.subQuestions, this::subQuestion);
        String caseText = block.field(Keys.CASE_TEXT).map(Entry::value).orElse(null);
        return subQuestions == null || caseText == null
                ? null
                : problems.attempt(block, () -> new CaseAnalysis(caseText, subQuestions));
    }

    private SubQuestion subQuestion(Block sub) {
        if (sub.ignored()) {
            return null;
        }
        int before = problems.count();
        Keys.check(sub, problems);
        BigDecimal points = value(sub, Keys.POINTS, e -> Values.points(e, problems));
        QuestionBody body = read(sub);
        if (problems.count() > before || body == null || sub.damaged) {
            return null;
        }
        String stem = value(sub, Keys.STEM, Entry::value);
        String explanation = value(sub, Keys.EXPLANATION, Entry::value);
        return problems.attempt(sub, () -> new SubQuestion(stem, body, points, explanation));
    }

    private static <T> T value(Block block, String key, Function<Entry, T> read) {
        return block.field(key).map(read).orElse(null);
    }

    private static <V, T> T field(Block block, String key, Function<Entry, V> read, Function<V, T> build) {
        V value = value(block, key, read);
        return value == null ? null : build.apply(value);
    }

    /** Reads every element, reporting all problems, and gives {@code null} if any of them failed. */
    private static <E, T> List<T> all(List<E> elements, Function<E, T> read) {
        List<T> values = new ArrayList<>();
        boolean failed = false;
        for (E element : elements) {
            T value = read.apply(element);
            failed |= value == null;
            values.add(value);
        }
        return failed ? null : values;
    }
}
