package org.jianding.app.questions;

import static org.jianding.app.questions.db.Tables.QUESTION_GRAM;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The stem search's bigram rows ({@code question_gram}, {@link StemGrams}): written when a question is saved, and the
 * join that narrows a text search to the questions having all of a query's bigrams. The bulk import writes the same
 * rows with plain JDBC ({@link QuestionBatchRepository}).
 */
final class QuestionGrams {

    private QuestionGrams() {}

    /**
     * Rewrites a question's bigrams ({@link StemGrams}) after its stem text changed from {@code oldStemText}: deletes
     * the old text's and the new text's grams by primary key (the table has no index on the question alone, V44),
     * then writes the new ones in one multi-row insert. Deleting the new ones too makes the insert safe even if an
     * older {@link StemGrams} left a gram that the old text no longer yields.
     */
    static void replace(DSLContext db, long questionId, String oldStemText, String stemText) {
        Set<String> stale = new HashSet<>(StemGrams.of(oldStemText));
        stale.addAll(StemGrams.of(stemText));
        if (!stale.isEmpty() && !oldStemText.isEmpty()) {
            db.deleteFrom(QUESTION_GRAM)
                    .where(QUESTION_GRAM.GRAM.in(stale), QUESTION_GRAM.QUESTION_ID.eq(questionId))
                    .execute();
        }
        var insert = gramInsert(db);
        if (addGrams(insert, questionId, stemText)) {
            insert.execute();
        }
    }

    /** An empty multi-row insert into {@code question_gram}, for {@link #addGrams}. */
    static org.jooq.InsertValuesStep2<?, String, Long> gramInsert(DSLContext db) {
        return db.insertInto(QUESTION_GRAM, QUESTION_GRAM.GRAM, QUESTION_GRAM.QUESTION_ID);
    }

    /** Adds the rows of one question's bigrams to a multi-row insert; whether it added any. */
    static boolean addGrams(org.jooq.InsertValuesStep2<?, String, Long> insert, long questionId, String stemText) {
        Set<String> grams = StemGrams.of(stemText);
        for (String gram : grams) {
            insert.values(gram, questionId);
        }
        return !grams.isEmpty();
    }

    /** At most this many of a text's bigrams narrow a search; the LIKE check does the rest. */
    private static final int MAX_GRAMS = 6;

    /**
     * The ids of the questions that have all the given bigrams: a chain of joins on the gram index, each one a
     * primary key lookup, so the database can start from the rarest gram.
     */
    static org.jooq.Select<org.jooq.Record1<Long>> havingAll(Set<String> grams) {
        List<String> used = grams.stream().limit(MAX_GRAMS).toList();
        var first = QUESTION_GRAM.as("g0");
        org.jooq.Table<?> from = first;
        for (int i = 1; i < used.size(); i++) {
            var next = QUESTION_GRAM.as("g" + i);
            from = from.join(next).on(next.GRAM.eq(used.get(i)), next.QUESTION_ID.eq(first.QUESTION_ID));
        }
        return DSL.select(first.QUESTION_ID).from(from).where(first.GRAM.eq(used.get(0)));
    }
}
