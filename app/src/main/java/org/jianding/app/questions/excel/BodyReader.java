package org.jianding.app.questions.excel;

import static org.jianding.app.questions.excel.QuestionSheet.ANSWER;
import static org.jianding.app.questions.excel.QuestionSheet.BLANK_RULES;
import static org.jianding.app.questions.excel.QuestionSheet.OPTION_COLUMNS;
import static org.jianding.app.questions.excel.QuestionSheet.RUBRIC;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;
import org.jianding.bank.sheet.SheetColumn;
import org.jianding.bank.sheet.SheetRow;

/**
 * Reads the part of a row that differs by type: options and key, blanks, reference answer and rubric. Answers may be
 * spelled as other systems write them ({@link Spellings}); a 判断 answered with an option letter (A 正确 / B 错误, as
 * some systems export it) is read through its option's text.
 */
final class BodyReader {

    private static final List<SheetColumn> KEY_COLUMNS = keyColumns();

    /** The one rubric point of a short answer whose sheet gave none; bank content is Chinese whoever imports it. */
    static final String WHOLE_ANSWER = "按参考答案要点评分";

    private final ImportWords words;

    BodyReader(ImportWords words) {
        this.words = words;
    }

    /**
     * The body of a 单选 … 简答 row, or null with the problems reported. {@code firstIsTrue} is what the answer
     * column's header says the letter A means in a 判断 (null: it does not say, A is taken as 对).
     */
    QuestionBody read(CellProblems cells, QuestionType type, BigDecimal points, Boolean firstIsTrue) {
        SheetRow row = cells.row();
        String answer = row.text(ANSWER);
        List<Option> options = options(cells);
        if (options == null) {
            return null;
        }
        boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        boolean letteredTruth = type == QuestionType.TRUE_FALSE && !options.isEmpty();
        if (!choice && !letteredTruth && !options.isEmpty()) {
            cells.add(OPTION_COLUMNS.get(0), words.text("options.unused", type.chineseName()));
            return null;
        }
        if (type != QuestionType.FILL_BLANK && row.text(BLANK_RULES) != null) {
            cells.add(BLANK_RULES, words.text("blankRules.notFill", type.chineseName()));
            return null;
        }
        if (answer == null && type != QuestionType.SHORT_ANSWER) {
            cells.add(ANSWER, words.text("answer.missing"));
            return null;
        }
        return switch (type) {
            case SINGLE_CHOICE -> single(cells, options, answer);
            case MULTIPLE_CHOICE -> multiple(cells, options, answer);
            case TRUE_FALSE -> truth(cells, options, answer, firstIsTrue);
            case FILL_BLANK -> fillBlank(cells, answer);
            case SHORT_ANSWER -> shortAnswer(cells, answer, points);
            case CASE_ANALYSIS -> throw new IllegalArgumentException("a case is read with its sub-question rows");
        };
    }

    /** The blanks, one per answer line, each with its line of the optional 填空规则 cell. */
    private QuestionBody fillBlank(CellProblems cells, String answer) {
        List<List<String>> accepted = Spellings.blanks(answer);
        BlankRuleCell.Read rules = BlankRuleCell.read(cells.row().text(BLANK_RULES), accepted.size(), words);
        if (!rules.problems().isEmpty()) {
            rules.problems().forEach(p -> cells.add(BLANK_RULES, p));
            return null;
        }
        return cells.build(
                () -> {
                    List<Blank> blanks = new ArrayList<>();
                    for (int i = 0; i < accepted.size(); i++) {
                        BlankMatching matching = rules.rules().getOrDefault(i + 1, BlankMatching.DEFAULT);
                        blanks.add(new Blank(accepted.get(i), matching));
                    }
                    return new FillBlank(blanks);
                },
                KEY_COLUMNS);
    }

    private QuestionBody single(CellProblems cells, List<Option> options, String answer) {
        Optional<List<String>> letters = Spellings.letters(answer);
        if (letters.isEmpty() || letters.get().size() != 1) {
            cells.add(ANSWER, words.text("answer.single", answer));
            return null;
        }
        return cells.build(() -> new SingleChoice(options, letters.get().get(0)), KEY_COLUMNS);
    }

    private QuestionBody multiple(CellProblems cells, List<Option> options, String answer) {
        Optional<List<String>> letters = Spellings.letters(answer);
        if (letters.isEmpty()) {
            cells.add(ANSWER, words.text("answer.multiple", answer));
            return null;
        }
        return cells.build(() -> new MultipleChoice(options, letters.get()), KEY_COLUMNS);
    }

    private QuestionBody truth(CellProblems cells, List<Option> options, String answer, Boolean firstIsTrue) {
        Optional<Boolean> truth = Spellings.truth(answer);
        Optional<String> letter = Spellings.letters(answer)
                .filter(l -> l.size() == 1 && "AB".contains(l.get(0)))
                .map(l -> l.get(0));
        if (truth.isEmpty() && !options.isEmpty()) {
            truth = letter.flatMap(l ->
                            options.stream().filter(o -> o.label().equals(l)).findFirst())
                    .flatMap(o -> Spellings.truth(o.text()));
        }
        if (truth.isEmpty() && letter.isPresent() && options.isEmpty()) {
            boolean aIsTrue = firstIsTrue == null || firstIsTrue;
            truth = Optional.of(letter.get().equals("A") == aIsTrue);
            if (firstIsTrue == null) {
                cells.assume(
                        ANSWER,
                        words.text(
                                "assume.truth.letter", answer, words.text(truth.get() ? "truth.true" : "truth.false")));
            }
        }
        if (truth.isEmpty()) {
            cells.add(ANSWER, words.text("answer.truth", answer));
            return null;
        }
        return new TrueFalse(truth.get());
    }

    private QuestionBody shortAnswer(CellProblems cells, String answer, BigDecimal points) {
        List<RubricPoint> rubric = rubric(cells, points);
        return rubric == null ? null : cells.build(() -> new ShortAnswer(answer, rubric), KEY_COLUMNS);
    }

    /** The rubric lines; when left blank, one point worth the whole question: "matches the reference answer". */
    private List<RubricPoint> rubric(CellProblems cells, BigDecimal points) {
        String text = cells.row().text(RUBRIC);
        if (text == null) {
            return points == null || points.signum() <= 0 ? List.of() : List.of(new RubricPoint(points, WHOLE_ANSWER));
        }
        List<RubricPoint> rubric = new ArrayList<>();
        boolean bad = false;
        int number = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            number++;
            var parsed = Spellings.rubricLine(line);
            RubricPoint point = parsed.isEmpty()
                    ? null
                    : cells.build(
                            () -> new RubricPoint(
                                    parsed.get().points(), parsed.get().description()),
                            KEY_COLUMNS);
            if (parsed.isEmpty()) {
                cells.add(RUBRIC, words.text("rubric.line", number, line.strip()));
            }
            bad |= point == null;
            rubric.add(point);
        }
        return bad ? null : rubric;
    }

    /** The filled option cells in column order; null when one of them is unusable. */
    private static List<Option> options(CellProblems cells) {
        List<Option> options = new ArrayList<>();
        boolean bad = false;
        for (int i = 0; i < OPTION_COLUMNS.size(); i++) {
            SheetColumn column = OPTION_COLUMNS.get(i);
            String text = cells.row().text(column);
            if (text != null) {
                String label = String.valueOf(Option.LABELS.charAt(i));
                Option option = cells.build(() -> new Option(label, text), List.of(column));
                bad |= option == null;
                options.add(option);
            }
        }
        return bad ? null : options;
    }

    private static List<SheetColumn> keyColumns() {
        List<SheetColumn> columns = new ArrayList<>(OPTION_COLUMNS);
        columns.add(ANSWER);
        columns.add(RUBRIC);
        columns.add(BLANK_RULES);
        return List.copyOf(columns);
    }
}
