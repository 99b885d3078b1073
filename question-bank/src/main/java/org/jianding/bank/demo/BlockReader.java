package org.jianding.bank.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.taxonomy.Taxonomy;

/**
 * Second pass: turns one scanned question block into a {@link Question}, reporting what is wrong with its keys and
 * values, and leaving the question rules themselves to the model.
 */
final class BlockReader {

    private final String knowledgePoint;
    private final Taxonomy taxonomy;
    private final FileProblems problems;
    private final BodyReader bodies;

    /** @param taxonomy when given, secondary knowledge points must be its leaves */
    BlockReader(String knowledgePoint, Taxonomy taxonomy, FileProblems problems) {
        this.knowledgePoint = knowledgePoint;
        this.taxonomy = taxonomy;
        this.problems = problems;
        // a bank file checked against a taxonomy is the demo bank of active questions: it meets the standard
        this.bodies = new BodyReader(problems, taxonomy != null);
    }

    Optional<Question> read(Block block) {
        if (block.ignored()) {
            return Optional.empty();
        }
        int before = problems.count();
        Keys.check(block, problems);
        Difficulty difficulty = value(block, Keys.DIFFICULTY, e -> Values.difficulty(e, problems));
        CognitiveLevel cognitive = value(block, Keys.COGNITIVE_LEVEL, e -> Values.cognitiveLevel(e, problems));
        Set<Level> levels = value(block, Keys.LEVELS, e -> Values.levels(e, problems));
        BigDecimal points = value(block, Keys.POINTS, e -> Values.points(e, problems));
        List<String> secondary =
                block.field(Keys.SECONDARY).map(this::secondary).orElse(List.of());
        QuestionBody body = bodies.read(block);
        if (problems.count() > before || body == null || block.damaged) {
            return Optional.empty();
        }
        return Optional.ofNullable(problems.attempt(
                block,
                () -> new Question(
                        value(block, Keys.STEM, Entry::value),
                        body,
                        points,
                        value(block, Keys.EXPLANATION, Entry::value),
                        knowledgePoint,
                        secondary,
                        difficulty,
                        cognitive,
                        levels,
                        value(block, Keys.SOURCE, Entry::value))));
    }

    private List<String> secondary(Entry entry) {
        List<String> codes = Values.words(entry.value());
        if (taxonomy != null) {
            codes.stream()
                    .filter(code -> !isLeaf(taxonomy, code))
                    .forEach(code -> problems.report(entry.line(), "关联知识点「" + code + "」不是知识体系中的末级知识点"));
        }
        return codes;
    }

    static boolean isLeaf(Taxonomy taxonomy, String code) {
        return taxonomy.contains(code) && taxonomy.isLeaf(code);
    }

    private static <T> T value(Block block, String key, Function<Entry, T> read) {
        return block.field(key).map(read).orElse(null);
    }
}
