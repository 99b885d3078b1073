package org.jianding.app.questions;

import static org.jianding.app.questions.db.Tables.QUESTION;
import static org.jianding.app.questions.db.Tables.QUESTION_TAG;
import static org.jianding.app.questions.db.Tables.QUESTION_VERSION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.app.questions.db.tables.records.QuestionRecord;
import org.jianding.app.questions.db.tables.records.QuestionTagRecord;
import org.jianding.app.questions.db.tables.records.QuestionVersionRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The question tables for many rows at once: multi-row inserts in chunks instead of a statement per question, so a
 * 10,000-question import is a few hundred statements.
 */
@Repository
class QuestionBatchRepository {

    private static final int CHUNK = 500;

    /** A stem to compare against, with its knowledge node. */
    record NodeStem(long questionId, long nodeId, String text) {}

    /** Rows per gram insert statement: 2,000 parameters, well under every driver's limit. */
    private static final int GRAM_ROWS = 1_000;

    private final DSLContext db;

    QuestionBatchRepository(DSLContext db) {
        this.db = db;
    }

    /** Inserts question rows; returns their new ids in order. */
    List<Long> insertRows(List<QuestionRecord> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            var insert = db.insertInto(QUESTION).set(chunk.get(0));
            for (int i = 1; i < chunk.size(); i++) {
                insert = insert.newRecord().set(chunk.get(i));
            }
            List<Long> chunkIds = insert.returningResult(QUESTION.ID).fetch(QUESTION.ID);
            if (chunkIds.size() != chunk.size()) {
                throw new IllegalStateException(
                        "inserted " + chunk.size() + " questions, got " + chunkIds.size() + " ids");
            }
            ids.addAll(chunkIds);
        }
        insertGrams(ids, rows);
        return ids;
    }

    /**
     * Writes the search bigrams of freshly inserted questions, as {@link QuestionRepository} does for one: about a
     * hundred rows per question. They are sorted by the primary key (gram, question) so the database appends to its
     * index pages instead of splitting them all over, and sent as one prepared multi-row insert of {@link #GRAM_ROWS}
     * rows executed again and again (a JDBC batch of single-row inserts costs a round of parsing per row on MariaDB).
     */
    private void insertGrams(List<Long> ids, List<QuestionRecord> rows) {
        List<Gram> grams = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (String gram : StemGrams.of(rows.get(i).getStemText())) {
                grams.add(new Gram(gram, ids.get(i)));
            }
        }
        grams.sort(Comparator.comparing(Gram::gram).thenComparingLong(Gram::questionId));
        db.connection(connection -> {
            int full = grams.size() / GRAM_ROWS * GRAM_ROWS;
            if (full > 0) {
                try (var insert = connection.prepareStatement(gramInsert(GRAM_ROWS))) {
                    for (int from = 0; from < full; from += GRAM_ROWS) {
                        bind(insert, grams.subList(from, from + GRAM_ROWS));
                        insert.executeUpdate();
                    }
                }
            }
            if (full < grams.size()) {
                try (var insert = connection.prepareStatement(gramInsert(grams.size() - full))) {
                    bind(insert, grams.subList(full, grams.size()));
                    insert.executeUpdate();
                }
            }
        });
    }

    private record Gram(String gram, long questionId) {}

    private static String gramInsert(int rows) {
        StringBuilder sql = new StringBuilder("insert into question_gram (gram, question_id) values ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
        }
        return sql.toString();
    }

    private static void bind(java.sql.PreparedStatement insert, List<Gram> grams) throws java.sql.SQLException {
        int p = 1;
        for (Gram g : grams) {
            insert.setString(p++, g.gram());
            insert.setLong(p++, g.questionId());
        }
    }

    void insertVersions(List<QuestionVersionRecord> versions) {
        for (int from = 0; from < versions.size(); from += CHUNK) {
            var chunk = versions.subList(from, Math.min(versions.size(), from + CHUNK));
            var insert = db.insertInto(QUESTION_VERSION).set(chunk.get(0));
            for (int i = 1; i < chunk.size(); i++) {
                insert = insert.newRecord().set(chunk.get(i));
            }
            insert.execute();
        }
    }

    void insertTags(List<QuestionTagRecord> tags) {
        for (int from = 0; from < tags.size(); from += CHUNK) {
            var chunk = tags.subList(from, Math.min(tags.size(), from + CHUNK));
            var insert = db.insertInto(QUESTION_TAG).set(chunk.get(0));
            for (int i = 1; i < chunk.size(); i++) {
                insert = insert.newRecord().set(chunk.get(i));
            }
            insert.execute();
        }
    }

    /** The current versions' contents by question id. */
    Map<Long, String> currentContents(List<Long> ids) {
        Map<Long, String> contents = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            db.select(QUESTION.ID, QUESTION_VERSION.CONTENT)
                    .from(QUESTION)
                    .join(QUESTION_VERSION)
                    .on(
                            QUESTION_VERSION.QUESTION_ID.eq(QUESTION.ID),
                            QUESTION_VERSION.VERSION_NO.eq(QUESTION.CURRENT_VERSION))
                    .where(QUESTION.ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .forEach(r -> contents.put(r.value1(), r.value2()));
        }
        return contents;
    }

    /** The stems of the nodes' questions that are not retired, for duplicate checks. */
    List<NodeStem> stems(Set<Long> nodeIds) {
        return db.select(QUESTION.ID, QUESTION.KNOWLEDGE_NODE_ID, QUESTION.STEM_TEXT)
                .from(QUESTION)
                .where(QUESTION.KNOWLEDGE_NODE_ID.in(nodeIds), QUESTION.STATUS.ne(QuestionStatus.RETIRED.name()))
                .fetch(r -> new NodeStem(r.value1(), r.value2(), r.value3()));
    }
}
