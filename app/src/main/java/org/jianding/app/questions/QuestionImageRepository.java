package org.jianding.app.questions;

import static org.jianding.app.questions.db.Tables.QUESTION_IMAGE;

import java.time.Instant;
import java.util.Optional;
import org.jianding.app.shared.DuplicateKeys;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The question_image table: images by the SHA-256 of their bytes, inserted once and never changed. */
@Repository
class QuestionImageRepository {

    private final DSLContext db;

    QuestionImageRepository(DSLContext db) {
        this.db = db;
    }

    Optional<StoredImage> find(String sha256) {
        return db.select(QUESTION_IMAGE.SHA256, QUESTION_IMAGE.MEDIA_TYPE, QUESTION_IMAGE.BYTES)
                .from(QUESTION_IMAGE)
                .where(QUESTION_IMAGE.SHA256.eq(sha256))
                .fetchOptional(r -> new StoredImage(r.value1(), r.value2(), r.value3()));
    }

    void insert(String sha256, String mediaType, byte[] bytes, long createdBy, Instant now) {
        // the same image uploaded twice at once: the second finds it there
        DuplicateKeys.insertedUnlessPresent(() -> db.insertInto(QUESTION_IMAGE)
                .set(QUESTION_IMAGE.SHA256, sha256)
                .set(QUESTION_IMAGE.MEDIA_TYPE, mediaType)
                .set(QUESTION_IMAGE.BYTES, bytes)
                .set(QUESTION_IMAGE.CREATED_BY, createdBy)
                .set(QUESTION_IMAGE.CREATED_AT, now)
                .execute());
    }
}
