package org.jianding.app.questions;

import static org.jianding.app.questions.db.Tables.QUESTION;
import static org.jianding.app.questions.db.Tables.QUESTION_TAG;
import static org.jianding.app.questions.db.Tables.QUESTION_VERSION;

import java.util.ArrayList;
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

    private static final int GRAM_BATCH = 20_000;

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
     * Writes the search bigrams of freshly inserted questions, as {@link QuestionRepository} does for one, through
     * one JDBC batch of a prepared insert: about a hundred rows per question, and the drivers send a batch far faster
     * than jOOQ can render multi-row statements of that size.
     */
    private void insertGrams(List<Long> ids, List<QuestionRecord> rows) {
        db.connection(connection -> {
            try (var insert =
                    connection.prepareStatement("insert into question_gram (gram, question_id) values (?, ?)")) {
                int pending = 0;
                for (int i = 0; i < ids.size(); i++) {
                    for (String gram : StemGrams.of(rows.get(i).getStemText())) {
                        insert.setString(1, gram);
                        insert.setLong(2, ids.get(i));
                        insert.addBatch();
                        if (++pending == GRAM_BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
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
