package org.jianding.app.reports;

import static org.jianding.app.reports.db.Tables.CREDENTIAL_BATCH;
import static org.jianding.app.reports.db.Tables.CREDENTIAL_BATCH_FILE;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jianding.app.reports.db.tables.records.CredentialBatchRecord;
import org.jianding.app.shared.DuplicateKeys;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class BatchRepository {

    private final DSLContext db;

    BatchRepository(DSLContext db) {
        this.db = db;
    }

    long create(long sessionId, long requestedBy, Instant now) {
        return db.insertInto(CREDENTIAL_BATCH)
                .set(CREDENTIAL_BATCH.SESSION_ID, sessionId)
                .set(CREDENTIAL_BATCH.STATUS, Batch.Status.QUEUED.name())
                .set(CREDENTIAL_BATCH.REQUESTED_BY, requestedBy)
                .set(CREDENTIAL_BATCH.CREATED_AT, now)
                .returning(CREDENTIAL_BATCH.ID)
                .fetchOne()
                .getId();
    }

    Optional<Batch> find(long id) {
        return db.selectFrom(CREDENTIAL_BATCH)
                .where(CREDENTIAL_BATCH.ID.eq(id))
                .fetchOptional()
                .map(BatchRepository::batch);
    }

    Optional<Batch> latest(long sessionId) {
        return db.selectFrom(CREDENTIAL_BATCH)
                .where(CREDENTIAL_BATCH.SESSION_ID.eq(sessionId))
                .orderBy(CREDENTIAL_BATCH.ID.desc())
                .limit(1)
                .fetchOptional()
                .map(BatchRepository::batch);
    }

    /** Batches queued or running, oldest first. */
    List<Batch> unfinished() {
        return db.selectFrom(CREDENTIAL_BATCH)
                .where(CREDENTIAL_BATCH.STATUS.in(Batch.Status.QUEUED.name(), Batch.Status.RUNNING.name()))
                .orderBy(CREDENTIAL_BATCH.ID)
                .fetch(BatchRepository::batch);
    }

    /**
     * Takes the batch for this node: a queued one, or a running one whose node has not reported since
     * {@code staleBefore} (it stopped). The conditional update lets exactly one node win.
     */
    boolean claim(long id, Instant now, Instant staleBefore) {
        return db.update(CREDENTIAL_BATCH)
                        .set(CREDENTIAL_BATCH.STATUS, Batch.Status.RUNNING.name())
                        .set(CREDENTIAL_BATCH.HEARTBEAT_AT, now)
                        .where(CREDENTIAL_BATCH.ID.eq(id))
                        .and(CREDENTIAL_BATCH
                                .STATUS
                                .eq(Batch.Status.QUEUED.name())
                                .or(CREDENTIAL_BATCH
                                        .STATUS
                                        .eq(Batch.Status.RUNNING.name())
                                        .and(CREDENTIAL_BATCH.HEARTBEAT_AT.lt(staleBefore))))
                        .execute()
                > 0;
    }

    /** Batches waiting for a node: queued, or running without a heartbeat since {@code staleBefore}. */
    List<Long> orphaned(Instant staleBefore) {
        return db.select(CREDENTIAL_BATCH.ID)
                .from(CREDENTIAL_BATCH)
                .where(CREDENTIAL_BATCH
                        .STATUS
                        .eq(Batch.Status.QUEUED.name())
                        .and(CREDENTIAL_BATCH.CREATED_AT.lt(staleBefore))
                        .or(CREDENTIAL_BATCH
                                .STATUS
                                .eq(Batch.Status.RUNNING.name())
                                .and(CREDENTIAL_BATCH.HEARTBEAT_AT.lt(staleBefore))))
                .fetch(CREDENTIAL_BATCH.ID);
    }

    /** Documents of the batches queued or running now (every node): how many in all, and how many done. */
    int[] unfinishedProgress() {
        var r = db.select(
                        DSL.coalesce(DSL.sum(CREDENTIAL_BATCH.TOTAL), java.math.BigDecimal.ZERO),
                        DSL.coalesce(DSL.sum(CREDENTIAL_BATCH.DONE), java.math.BigDecimal.ZERO))
                .from(CREDENTIAL_BATCH)
                .where(CREDENTIAL_BATCH.STATUS.in(Batch.Status.QUEUED.name(), Batch.Status.RUNNING.name()))
                .fetchOne();
        return new int[] {r.value1().intValue(), r.value2().intValue()};
    }

    void progress(long id, int total, int done, int failed, String problems, Instant now) {
        db.update(CREDENTIAL_BATCH)
                .set(CREDENTIAL_BATCH.TOTAL, total)
                .set(CREDENTIAL_BATCH.DONE, done)
                .set(CREDENTIAL_BATCH.FAILED, failed)
                .set(CREDENTIAL_BATCH.PROBLEMS, problems)
                .set(CREDENTIAL_BATCH.HEARTBEAT_AT, now)
                .where(CREDENTIAL_BATCH.ID.eq(id))
                .execute();
    }

    void finish(long id, Batch.Status status, String problems, Instant now) {
        db.update(CREDENTIAL_BATCH)
                .set(CREDENTIAL_BATCH.STATUS, status.name())
                .set(CREDENTIAL_BATCH.PROBLEMS, problems)
                .set(CREDENTIAL_BATCH.HEARTBEAT_AT, now)
                .set(CREDENTIAL_BATCH.FINISHED_AT, now)
                .where(CREDENTIAL_BATCH.ID.eq(id))
                .execute();
    }

    Set<String> storedSerials(long batchId) {
        return new HashSet<>(db.select(CREDENTIAL_BATCH_FILE.SERIAL)
                .from(CREDENTIAL_BATCH_FILE)
                .where(CREDENTIAL_BATCH_FILE.BATCH_ID.eq(batchId))
                .fetch(CREDENTIAL_BATCH_FILE.SERIAL));
    }

    /** One printed file of a batch. */
    record File(String serial, String fileName, byte[] content) {}

    /**
     * Stores a chunk of files in one statement (one commit, not one log flush per file; 50 reports are about 4 MB,
     * well below MariaDB's default 16 MB packet). Files a node stored before it stopped are kept.
     */
    void storeAll(long batchId, List<File> files) {
        DuplicateKeys.insertedUnlessPresent(
                files, all -> insertFiles(batchId, all), f -> insertFiles(batchId, List.of(f)));
    }

    private int insertFiles(long batchId, List<File> files) {
        var insert = db.insertInto(
                CREDENTIAL_BATCH_FILE,
                CREDENTIAL_BATCH_FILE.BATCH_ID,
                CREDENTIAL_BATCH_FILE.SERIAL,
                CREDENTIAL_BATCH_FILE.FILE_NAME,
                CREDENTIAL_BATCH_FILE.CONTENT);
        for (File f : files) {
            insert = insert.values(batchId, f.serial(), f.fileName(), f.content());
        }
        return insert.execute();
    }

    /** Serial and file name of every stored file, by file name. */
    List<Record2<String, String>> files(long batchId) {
        return db.select(CREDENTIAL_BATCH_FILE.SERIAL, CREDENTIAL_BATCH_FILE.FILE_NAME)
                .from(CREDENTIAL_BATCH_FILE)
                .where(CREDENTIAL_BATCH_FILE.BATCH_ID.eq(batchId))
                .orderBy(CREDENTIAL_BATCH_FILE.FILE_NAME, CREDENTIAL_BATCH_FILE.SERIAL)
                .fetch();
    }

    byte[] content(long batchId, String serial) {
        return db.select(CREDENTIAL_BATCH_FILE.CONTENT)
                .from(CREDENTIAL_BATCH_FILE)
                .where(CREDENTIAL_BATCH_FILE.BATCH_ID.eq(batchId))
                .and(CREDENTIAL_BATCH_FILE.SERIAL.eq(serial))
                .fetchOne(CREDENTIAL_BATCH_FILE.CONTENT);
    }

    /** Drops the files of older batches of the session once a newer one is done: one ZIP per session is kept. */
    void dropFilesBefore(long sessionId, long batchId) {
        db.deleteFrom(CREDENTIAL_BATCH_FILE)
                .where(CREDENTIAL_BATCH_FILE.BATCH_ID.in(db.select(CREDENTIAL_BATCH.ID)
                        .from(CREDENTIAL_BATCH)
                        .where(CREDENTIAL_BATCH.SESSION_ID.eq(sessionId))
                        .and(CREDENTIAL_BATCH.ID.lt(batchId))))
                .execute();
    }

    private static Batch batch(CredentialBatchRecord r) {
        return new Batch(
                r.getId(),
                r.getSessionId(),
                Batch.Status.valueOf(r.getStatus()),
                r.getTotal(),
                r.getDone(),
                r.getFailed(),
                r.getProblems() == null || r.getProblems().isEmpty()
                        ? List.of()
                        : Arrays.asList(r.getProblems().split("\n")),
                r.getRequestedBy(),
                r.getCreatedAt(),
                r.getFinishedAt());
    }
}
