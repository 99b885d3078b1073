package org.jianding.app.questions.excel;

import static org.jianding.app.questions.db.Tables.QUESTION_IMPORT_COLUMN;
import static org.jianding.app.questions.db.Tables.QUESTION_IMPORT_UPLOAD;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The mapping step's tables: each organisation unit's saved header → field choices, and uploads waiting between the
 * mapping step and the import, stored in parts.
 */
@Repository
class ImportMappingRepository {

    /** Under MariaDB's default 16 MB packet with room to spare. */
    static final int PART_BYTES = 4 * 1024 * 1024;

    /** An upload as stored. */
    record StoredUpload(long authorId, String fileName, byte[] content) {}

    private final DSLContext db;

    ImportMappingRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The fields saved under each header key by these units ({@code 0}: the installation), a later unit's choice
     * over an earlier one's.
     */
    Map<String, ImportField> savedFields(List<Long> units) {
        Map<Long, Map<String, ImportField>> byUnit = new HashMap<>();
        db.select(QUESTION_IMPORT_COLUMN.UNIT_KEY, QUESTION_IMPORT_COLUMN.HEADER_KEY, QUESTION_IMPORT_COLUMN.FIELD)
                .from(QUESTION_IMPORT_COLUMN)
                .where(QUESTION_IMPORT_COLUMN.UNIT_KEY.in(units))
                .forEach(r -> ImportField.parse(r.value3())
                        .ifPresent(f -> byUnit.computeIfAbsent(r.value1(), u -> new HashMap<>())
                                .put(r.value2(), f)));
        Map<String, ImportField> saved = new HashMap<>();
        for (Long unit : units) {
            saved.putAll(byUnit.getOrDefault(unit, Map.of()));
        }
        return saved;
    }

    /** Sets the field of each header key for one unit, replacing what it saved before (delete and insert: portable). */
    void save(long unit, Map<String, ImportField> fields, long userId, Instant now) {
        if (fields.isEmpty()) {
            return;
        }
        db.deleteFrom(QUESTION_IMPORT_COLUMN)
                .where(QUESTION_IMPORT_COLUMN.UNIT_KEY.eq(unit), QUESTION_IMPORT_COLUMN.HEADER_KEY.in(fields.keySet()))
                .execute();
        var insert = db.insertInto(
                QUESTION_IMPORT_COLUMN,
                QUESTION_IMPORT_COLUMN.UNIT_KEY,
                QUESTION_IMPORT_COLUMN.HEADER_KEY,
                QUESTION_IMPORT_COLUMN.FIELD,
                QUESTION_IMPORT_COLUMN.UPDATED_BY,
                QUESTION_IMPORT_COLUMN.UPDATED_AT);
        for (var e : fields.entrySet()) {
            insert = insert.values(unit, e.getKey(), e.getValue().name(), userId, now);
        }
        insert.execute();
    }

    void storeUpload(String token, long authorId, String fileName, byte[] content, Instant now) {
        int parts = Math.max(1, (content.length + PART_BYTES - 1) / PART_BYTES);
        for (int i = 0; i < parts; i++) {
            byte[] part = Arrays.copyOfRange(content, i * PART_BYTES, Math.min(content.length, (i + 1) * PART_BYTES));
            db.insertInto(QUESTION_IMPORT_UPLOAD)
                    .set(QUESTION_IMPORT_UPLOAD.TOKEN, token)
                    .set(QUESTION_IMPORT_UPLOAD.PART_NO, i)
                    .set(QUESTION_IMPORT_UPLOAD.AUTHOR_ID, authorId)
                    .set(QUESTION_IMPORT_UPLOAD.FILE_NAME, fileName)
                    .set(QUESTION_IMPORT_UPLOAD.CONTENT, part)
                    .set(QUESTION_IMPORT_UPLOAD.CREATED_AT, now)
                    .execute();
        }
    }

    /** The upload of that token if {@code authorId} stored it. */
    Optional<StoredUpload> upload(String token, long authorId) {
        var parts = db.select(QUESTION_IMPORT_UPLOAD.FILE_NAME, QUESTION_IMPORT_UPLOAD.CONTENT)
                .from(QUESTION_IMPORT_UPLOAD)
                .where(QUESTION_IMPORT_UPLOAD.TOKEN.eq(token), QUESTION_IMPORT_UPLOAD.AUTHOR_ID.eq(authorId))
                .orderBy(QUESTION_IMPORT_UPLOAD.PART_NO)
                .fetch();
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        parts.forEach(p -> all.writeBytes(p.value2()));
        return Optional.of(new StoredUpload(authorId, parts.get(0).value1(), all.toByteArray()));
    }

    void deleteUpload(String token) {
        db.deleteFrom(QUESTION_IMPORT_UPLOAD)
                .where(QUESTION_IMPORT_UPLOAD.TOKEN.eq(token))
                .execute();
    }

    void deleteUploadsBefore(Instant cutoff) {
        db.deleteFrom(QUESTION_IMPORT_UPLOAD)
                .where(QUESTION_IMPORT_UPLOAD.CREATED_AT.lt(cutoff))
                .execute();
    }
}
