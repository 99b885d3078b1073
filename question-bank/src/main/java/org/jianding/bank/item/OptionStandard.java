package org.jianding.bank.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The bank's standard for choice questions: at least four options (single choice up to eight, multiple choice up to
 * six), so that guessing a single choice right is at best one in four and papers look alike. It is a standard for
 * questions that go to papers, not a rule of what a choice question is: other systems' files often have two or three
 * options (Moodle's and 1EdTech's own examples do), and such questions are imported as drafts with a note. A question
 * must meet it before it leaves the draft state (submitted for review, activated, or loaded as active).
 */
public final class OptionStandard {

    /** The fewest options a choice question of the bank's standard has. */
    public static final int MIN_OPTIONS = 4;

    private OptionStandard() {}

    /** What keeps a question below the standard, in the words of the bank's rule; empty when it meets it. */
    public static List<String> shortfalls(Question question) {
        List<String> found = new ArrayList<>();
        shortfall(question.body(), "").ifPresent(found::add);
        if (question.body() instanceof CaseAnalysis c) {
            for (int i = 0; i < c.subQuestions().size(); i++) {
                shortfall(c.subQuestions().get(i).body(), "第" + (i + 1) + "小题：").ifPresent(found::add);
            }
        }
        return found;
    }

    /** The body itself if it meets the standard; otherwise an {@link InvalidQuestionException} naming the count. */
    public static <B extends QuestionBody> B require(B body) {
        return require(body.type(), body.options(), () -> body);
    }

    /**
     * Builds a choice body of {@code type} from {@code options} and holds it to the standard, reporting the count
     * together with every other problem of the body (for files of the bank's own, which must meet the standard).
     */
    public static <B extends QuestionBody> B require(QuestionType type, List<Option> options, Supplier<B> build) {
        List<Problem> problems = new ArrayList<>();
        shortfall(type, options.size(), "").ifPresent(m -> problems.add(new Problem("options", m)));
        B body = null;
        try {
            body = build.get();
        } catch (InvalidQuestionException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        return body;
    }

    private static Optional<String> shortfall(QuestionBody body, String prefix) {
        return shortfall(body.type(), body.options().size(), prefix);
    }

    private static Optional<String> shortfall(QuestionType type, int count, String prefix) {
        boolean multiple = type == QuestionType.MULTIPLE_CHOICE;
        if (!(multiple || type == QuestionType.SINGLE_CHOICE) || count < 2 || count >= MIN_OPTIONS) {
            return Optional.empty();
        }
        int max = multiple ? MultipleChoice.MAX_OPTIONS : SingleChoice.MAX_OPTIONS;
        return Optional.of(prefix + type.chineseName() + "题须有" + MIN_OPTIONS + "到" + max + "个选项，实有" + count + "个");
    }
}
