package org.jianding.bank.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.jianding.bank.Level;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;
import org.jianding.bank.taxonomy.DefaultTaxonomy;
import org.jianding.bank.taxonomy.KnowledgeNode;

/** Writes questions in the order and spelling of FORMAT.md, so an exported file diffs cleanly against a hand-written one. */
final class DemoBankWriter {

    private final StringBuilder out = new StringBuilder();

    private DemoBankWriter() {}

    static String write(List<Question> questions) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("没有试题可写：文件头的知识点无从得知");
        }
        String code = questions.get(0).knowledgePoint();
        questions.stream()
                .filter(q -> !q.knowledgePoint().equals(code))
                .findFirst()
                .ifPresent(q -> {
                    throw new IllegalArgumentException("一个文件只写一个知识点的题，" + code + "与" + q.knowledgePoint() + "混在一起");
                });
        DemoBankWriter writer = new DemoBankWriter();
        String name = DefaultTaxonomy.tree().find(code).map(KnowledgeNode::name).orElse("");
        writer.out.append(("# 知识点 " + code + " " + name).strip()).append('\n');
        questions.forEach(writer::question);
        return writer.out.toString();
    }

    private void question(Question q) {
        out.append('\n')
                .append(BlockScanner.QUESTION_MARK)
                .append(' ')
                .append(q.type().chineseName())
                .append('\n');
        field(Keys.DIFFICULTY, String.valueOf(q.difficulty().value()));
        field(Keys.COGNITIVE_LEVEL, q.cognitiveLevel().chineseName());
        field(Keys.LEVELS, q.levels().stream().map(Level::competencyName).collect(Collectors.joining(" ")));
        field(Keys.POINTS, points(q.points()));
        optional(Keys.SECONDARY, String.join(" ", q.secondaryKnowledgePoints()));
        optional(Keys.STEM, q.stem());
        body(q.body());
        optional(Keys.EXPLANATION, q.explanation());
        optional(Keys.SOURCE, q.source());
        if (q.body() instanceof CaseAnalysis cases) {
            cases.subQuestions().forEach(this::subQuestion);
        }
    }

    private void subQuestion(SubQuestion sub) {
        out.append(BlockScanner.SUB_QUESTION_MARK)
                .append(' ')
                .append(sub.type().chineseName())
                .append('\n');
        field(Keys.POINTS, points(sub.points()));
        field(Keys.STEM, sub.stem());
        body(sub.body());
        optional(Keys.EXPLANATION, sub.explanation());
    }

    private void body(QuestionBody body) {
        for (Option option : body.options()) {
            lines(option.label() + ". ", option.text());
        }
        if (body instanceof SingleChoice single) {
            field(Keys.ANSWER, single.answer());
        } else if (body instanceof MultipleChoice multiple) {
            field(Keys.ANSWER, String.join(" ", multiple.answers()));
        } else if (body instanceof TrueFalse trueFalse) {
            field(Keys.ANSWER, trueFalse.answer() ? "对" : "错");
        } else if (body instanceof FillBlank fill) {
            List<Blank> blanks = fill.blanks();
            for (int i = 0; i < blanks.size(); i++) {
                Blank blank = blanks.get(i);
                field(Keys.ANSWER + (i + 1), String.join(" | ", blank.accepted()));
                if (!blank.matching().isDefault()) {
                    field(
                            Keys.ANSWER + (i + 1) + Keys.RULES_SUFFIX,
                            blank.matching().describe());
                }
            }
        } else if (body instanceof ShortAnswer answer) {
            field(Keys.REFERENCE_ANSWER, answer.referenceAnswer());
            out.append(Keys.RUBRIC).append(":\n");
            for (RubricPoint point : answer.rubric()) {
                lines("- " + points(point.points()) + "分 ", point.description());
            }
        } else if (body instanceof CaseAnalysis cases) {
            field(Keys.CASE_TEXT, cases.caseText());
        }
    }

    private void optional(String key, String value) {
        if (!value.isEmpty()) {
            field(key, value);
        }
    }

    private void field(String key, String value) {
        lines(key + ": ", value);
    }

    /** The first line after the prefix, the others indented as continuation lines. */
    private void lines(String prefix, String text) {
        List<String> lines = text.lines().toList();
        out.append(prefix).append(lines.get(0)).append('\n');
        lines.stream()
                .skip(1)
                .forEach(line ->
                        out.append(BlockScanner.CONTINUATION).append(line).append('\n'));
    }

    private static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}
