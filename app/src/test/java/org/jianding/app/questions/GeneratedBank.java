package org.jianding.app.questions;

import static org.jianding.app.questions.db.Tables.QUESTION;
import static org.jianding.app.questions.db.Tables.QUESTION_VERSION;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.bank.Level;
import org.jianding.bank.demo.DemoBank;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.jooq.DSLContext;

/**
 * Fills the question tables with generated questions for the search benchmark, a thousand rows per multi-row
 * INSERT straight through jOOQ (going through {@link QuestionBank#create} would take an hour). Each question is a
 * valid item: the body, points and explanation of a demo question of the same type, a generated stem, and
 * classifications drawn from fixed distributions; one version each, in the bank text format.
 */
final class GeneratedBank {

    private static final int BATCH = 1000;
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static final Map<QuestionType, Integer> TYPES = Map.of(
            QuestionType.SINGLE_CHOICE, 35,
            QuestionType.MULTIPLE_CHOICE, 20,
            QuestionType.TRUE_FALSE, 20,
            QuestionType.FILL_BLANK, 10,
            QuestionType.SHORT_ANSWER, 10,
            QuestionType.CASE_ANALYSIS, 5);
    private static final int[] DIFFICULTY_WEIGHTS = {10, 25, 35, 20, 10};
    private static final int[] COGNITIVE_WEIGHTS = {35, 40, 25};
    private static final List<Set<Level>> LEVEL_SETS = List.of(
            EnumSet.of(Level.JUNIOR),
            EnumSet.of(Level.JUNIOR, Level.INTERMEDIATE),
            EnumSet.of(Level.INTERMEDIATE, Level.SENIOR),
            EnumSet.of(Level.SENIOR, Level.EXPERT),
            EnumSet.of(Level.JUNIOR, Level.INTERMEDIATE, Level.SENIOR),
            EnumSet.allOf(Level.class));
    private static final int[] LEVEL_SET_WEIGHTS = {15, 30, 20, 10, 15, 10};
    private static final Map<QuestionStatus, Integer> STATUSES = Map.of(
            QuestionStatus.ACTIVE, 80,
            QuestionStatus.DRAFT, 8,
            QuestionStatus.SUBMITTED, 4,
            QuestionStatus.REVIEWED, 3,
            QuestionStatus.RETIRED, 5);

    private final DSLContext db;
    private final List<KnowledgeNode> leaves;
    private final long authorId;
    private final long reviewerId;
    private final Random random = new Random(20260601L);
    private final GeneratedStems stems = new GeneratedStems(random);
    private final Map<QuestionType, List<Question>> templates;

    GeneratedBank(DSLContext db, List<KnowledgeNode> leaves, long authorId, long reviewerId) {
        this.db = db;
        this.leaves = leaves;
        this.authorId = authorId;
        this.reviewerId = reviewerId;
        this.templates = DemoBank.load().stream().collect(Collectors.groupingBy(Question::type));
    }

    /** Inserts {@code count} questions with ids from {@code firstId} on. */
    void insert(long firstId, int count) {
        for (int start = 0; start < count; start += BATCH) {
            insertBatch(firstId + start, Math.min(BATCH, count - start));
        }
    }

    private void insertBatch(long firstId, int size) {
        var questions = db.insertInto(
                QUESTION,
                QUESTION.ID,
                QUESTION.STATUS,
                QUESTION.CURRENT_VERSION,
                QUESTION.TYPE,
                QUESTION.KNOWLEDGE_NODE_ID,
                QUESTION.DIFFICULTY,
                QUESTION.COGNITIVE_LEVEL,
                QUESTION.LEVEL_MASK,
                QUESTION.POINTS,
                QUESTION.STEM_TEXT,
                QUESTION.AUTHOR_ID,
                QUESTION.REVIEWER_ID,
                QUESTION.CREATED_AT,
                QUESTION.UPDATED_AT);
        var versions = db.insertInto(
                QUESTION_VERSION,
                QUESTION_VERSION.QUESTION_ID,
                QUESTION_VERSION.VERSION_NO,
                QUESTION_VERSION.CONTENT,
                QUESTION_VERSION.CONTENT_HASH,
                QUESTION_VERSION.USED_IN_PAPER,
                QUESTION_VERSION.CHANGE_NOTE,
                QUESTION_VERSION.CREATED_BY,
                QUESTION_VERSION.CREATED_AT);
        var grams = QuestionGrams.gramInsert(db);
        var gramChunks = new java.util.ArrayList<org.jooq.Query>();
        for (long id = firstId; id < firstId + size; id++) {
            KnowledgeNode leaf = leaves.get(leafIndex());
            Question q = question(leaf.code());
            QuestionStatus status = weighted(STATUSES);
            Instant updated = NOW.minus(Duration.ofMinutes(random.nextInt(730 * 24 * 60)));
            Instant created = updated.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60)));
            boolean reviewed = status == QuestionStatus.ACTIVE
                    || status == QuestionStatus.REVIEWED
                    || status == QuestionStatus.RETIRED;
            String stemText = QuestionSanitiser.searchText(q);
            QuestionGrams.addGrams(grams, id, stemText);
            if ((id - firstId) % 200 == 199) { // about 14,000 rows: under the driver's 65,535 bind values
                gramChunks.add(grams);
                grams = QuestionGrams.gramInsert(db);
            }
            questions = questions.values(
                    id,
                    status.name(),
                    1,
                    q.type().name(),
                    leaf.id(),
                    (byte) q.difficulty().value(),
                    q.cognitiveLevel().name(),
                    (byte) QuestionRepository.LevelMask.of(q.levels()),
                    q.points(),
                    stemText,
                    authorId,
                    reviewed ? reviewerId : null,
                    created,
                    updated);
            String content = ItemText.write(q);
            versions = versions.values(id, 1, content, ItemText.hash(content), false, "基准测试生成", authorId, created);
        }
        questions.execute();
        versions.execute();
        if (size % 200 != 0) {
            gramChunks.add(grams);
        }
        gramChunks.forEach(org.jooq.Query::execute); // after the questions they refer to
    }

    private Question question(String leafCode) {
        QuestionType type = weighted(TYPES);
        List<Question> sameType = templates.get(type);
        Question t = sameType.get(random.nextInt(sameType.size()));
        var body = t.body();
        String stem;
        if (body instanceof CaseAnalysis c) {
            body = new CaseAnalysis(stems.caseText(), c.subQuestions());
            stem = t.stem();
        } else if (body instanceof FillBlank f) {
            stem = stems.stem(20, 70, f.blanks().size());
        } else {
            stem = stems.stem(15, 90, 0);
        }
        return new Question(
                stem,
                body,
                t.points(),
                t.explanation(),
                leafCode,
                List.of(),
                Difficulty.of(1 + weighted(DIFFICULTY_WEIGHTS)),
                CognitiveLevel.values()[weighted(COGNITIVE_WEIGHTS)],
                LEVEL_SETS.get(weighted(LEVEL_SET_WEIGHTS)),
                "");
    }

    /** Leaves are not equally popular: the first ones get up to twice as many questions as the last. */
    private int leafIndex() {
        int[] weights = new int[leaves.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 2 * leaves.size() - i;
        }
        return weighted(weights);
    }

    private <T> T weighted(Map<T, Integer> weights) {
        var entries = weights.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                .toList();
        int index = weighted(entries.stream().mapToInt(Map.Entry::getValue).toArray());
        return entries.get(index).getKey();
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
