package org.jianding.app.reports;

import static org.jianding.app.reports.db.Tables.CERTIFICATE_VALIDITY;
import static org.jianding.app.reports.db.Tables.CREDENTIAL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.app.reports.db.tables.records.CredentialRecord;
import org.jianding.app.shared.DuplicateKeys;
import org.jianding.bank.Level;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class CredentialRepository {

    /** What a new document row holds. */
    record NewCredential(
            String serial,
            CredentialKind kind,
            long attemptId,
            long sessionId,
            long holderId,
            long postId,
            Level level,
            LocalDate issuedOn,
            LocalDate expiresOn,
            Instant issuedAt) {}

    private final DSLContext db;

    CredentialRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Inserts the document unless the result already has a live one of its kind (another node or an earlier call
     * issued it); returns whether a row was inserted.
     */
    boolean insertIfAbsent(NewCredential c) {
        return DuplicateKeys.insertedUnlessPresent(() -> db.insertInto(CREDENTIAL)
                .set(CREDENTIAL.SERIAL, c.serial())
                .set(CREDENTIAL.KIND, c.kind().name())
                .set(CREDENTIAL.ATTEMPT_ID, c.attemptId())
                .set(CREDENTIAL.SESSION_ID, c.sessionId())
                .set(CREDENTIAL.HOLDER_ID, c.holderId())
                .set(CREDENTIAL.POST_ID, c.postId())
                .set(CREDENTIAL.LEVEL_RANK, (byte) c.level().rank())
                .set(CREDENTIAL.ISSUED_ON, c.issuedOn())
                .set(CREDENTIAL.EXPIRES_ON, c.expiresOn())
                .set(CREDENTIAL.ISSUED_AT, c.issuedAt())
                .set(CREDENTIAL.LIVE, true)
                .execute());
    }

    /**
     * Records which revision a just-inserted document is and, for a score report, what result it prints (kept apart
     * from {@link #insertIfAbsent}, whose insert-if-absent idiom is shared with other branches of the code).
     */
    void describe(String serial, int revision, String contentDigest) {
        db.update(CREDENTIAL)
                .set(CREDENTIAL.REVISION, revision)
                .set(CREDENTIAL.CONTENT_DIGEST, contentDigest)
                .where(CREDENTIAL.SERIAL.eq(serial))
                .execute();
    }

    /**
     * Takes a live document out of service because a later revision replaces it; false if it was not live any more
     * (another caller superseded or revoked it a moment ago). The row lock this takes keeps two callers from issuing
     * two successors.
     */
    boolean supersede(long id, Instant at) {
        return db.update(CREDENTIAL)
                        .set(CREDENTIAL.LIVE, (Boolean) null)
                        .set(CREDENTIAL.SUPERSEDED_AT, at)
                        .where(CREDENTIAL.ID.eq(id))
                        .and(CREDENTIAL.LIVE.isTrue())
                        .execute()
                > 0;
    }

    /** Points a superseded document at the revision that replaced it. */
    void linkSuccessor(long id, long successorId) {
        db.update(CREDENTIAL)
                .set(CREDENTIAL.SUPERSEDED_BY, successorId)
                .where(CREDENTIAL.ID.eq(id))
                .execute();
    }

    Optional<Credential> byId(long id) {
        return db.selectFrom(CREDENTIAL)
                .where(CREDENTIAL.ID.eq(id))
                .fetchOptional()
                .map(CredentialRepository::credential);
    }

    boolean serialTaken(String serial) {
        return db.fetchExists(CREDENTIAL, CREDENTIAL.SERIAL.eq(serial));
    }

    Optional<Credential> bySerial(String serial) {
        return db.selectFrom(CREDENTIAL)
                .where(CREDENTIAL.SERIAL.eq(serial))
                .fetchOptional()
                .map(CredentialRepository::credential);
    }

    /**
     * The live document of a result and kind, read with a lock: a locking read sees rows that another transaction
     * committed after this one's snapshot, which is what a caller whose insert was just ignored needs to know.
     */
    Optional<Credential> live(long attemptId, CredentialKind kind) {
        return db.selectFrom(CREDENTIAL)
                .where(CREDENTIAL.ATTEMPT_ID.eq(attemptId))
                .and(CREDENTIAL.KIND.eq(kind.name()))
                .and(CREDENTIAL.LIVE.isTrue())
                .forUpdate()
                .fetchOptional()
                .map(CredentialRepository::credential);
    }

    /** Every document of these results (live and revoked), for knowing which are still missing. */
    List<Credential> ofAttempts(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(CREDENTIAL)
                .where(CREDENTIAL.ATTEMPT_ID.in(attemptIds))
                .fetch(CredentialRepository::credential);
    }

    List<Credential> ofSession(long sessionId) {
        return db.selectFrom(CREDENTIAL)
                .where(CREDENTIAL.SESSION_ID.eq(sessionId))
                .orderBy(CREDENTIAL.ATTEMPT_ID, CREDENTIAL.KIND.desc(), CREDENTIAL.ID)
                .fetch(CredentialRepository::credential);
    }

    List<Credential> ofHolder(long holderId, CredentialKind kind) {
        return db.selectFrom(CREDENTIAL)
                .where(CREDENTIAL.HOLDER_ID.eq(holderId))
                .and(kind == null ? org.jooq.impl.DSL.trueCondition() : CREDENTIAL.KIND.eq(kind.name()))
                .orderBy(CREDENTIAL.ISSUED_AT.desc(), CREDENTIAL.ID.desc())
                .fetch(CredentialRepository::credential);
    }

    /** The documents of these holders, each holder's newest first; of one kind, or all for {@code kind} null. */
    List<Credential> ofHolders(Collection<Long> holderIds, CredentialKind kind) {
        if (holderIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(CREDENTIAL)
                .where(CREDENTIAL.HOLDER_ID.in(holderIds))
                .and(kind == null ? org.jooq.impl.DSL.trueCondition() : CREDENTIAL.KIND.eq(kind.name()))
                .orderBy(CREDENTIAL.HOLDER_ID, CREDENTIAL.ISSUED_AT.desc(), CREDENTIAL.ID.desc())
                .fetch(CredentialRepository::credential);
    }

    /** Revokes a live document; false if it was revoked already (by someone else a moment ago). */
    boolean revoke(long id, Instant at, String by, String reason) {
        return db.update(CREDENTIAL)
                        .set(CREDENTIAL.LIVE, (Boolean) null)
                        .set(CREDENTIAL.REVOKED_AT, at)
                        .set(CREDENTIAL.REVOKED_BY, by)
                        .set(CREDENTIAL.REVOKED_REASON, reason)
                        .where(CREDENTIAL.ID.eq(id))
                        .and(CREDENTIAL.LIVE.isTrue())
                        .execute()
                > 0;
    }

    /** Months of validity per level; a level without a row or with NULL has no expiry. */
    Map<Level, Integer> validity() {
        Map<Level, Integer> months = new HashMap<>();
        db.selectFrom(CERTIFICATE_VALIDITY)
                .forEach(r -> Level.ofRank(r.getLevelRank()).ifPresent(l -> months.put(l, r.getValidMonths())));
        return months;
    }

    /**
     * Sets a level's validity: an update, else an insert, else (another administrator's insert won) the update
     * again. Not ON DUPLICATE KEY UPDATE: H2 runs jOOQ's emulation as a MERGE that two callers at once both insert.
     */
    void setValidity(Level level, Integer months, long userId, Instant at) {
        if (updateValidity(level, months, userId, at)) {
            return;
        }
        boolean inserted = DuplicateKeys.insertedUnlessPresent(() -> db.insertInto(CERTIFICATE_VALIDITY)
                .set(CERTIFICATE_VALIDITY.LEVEL_RANK, (byte) level.rank())
                .set(CERTIFICATE_VALIDITY.VALID_MONTHS, months)
                .set(CERTIFICATE_VALIDITY.UPDATED_BY, userId)
                .set(CERTIFICATE_VALIDITY.UPDATED_AT, at)
                .execute());
        if (!inserted) {
            updateValidity(level, months, userId, at);
        }
    }

    private boolean updateValidity(Level level, Integer months, long userId, Instant at) {
        return db.update(CERTIFICATE_VALIDITY)
                        .set(CERTIFICATE_VALIDITY.VALID_MONTHS, months)
                        .set(CERTIFICATE_VALIDITY.UPDATED_BY, userId)
                        .set(CERTIFICATE_VALIDITY.UPDATED_AT, at)
                        .where(CERTIFICATE_VALIDITY.LEVEL_RANK.eq((byte) level.rank()))
                        .execute()
                > 0;
    }

    private static Credential credential(CredentialRecord r) {
        return new Credential(
                r.getId(),
                r.getSerial(),
                CredentialKind.valueOf(r.getKind()),
                r.getAttemptId(),
                r.getSessionId(),
                r.getHolderId(),
                r.getPostId(),
                Level.ofRank(r.getLevelRank()).orElseThrow(),
                r.getIssuedOn(),
                r.getExpiresOn(),
                r.getIssuedAt(),
                r.getRevokedAt(),
                r.getRevokedBy(),
                r.getRevokedReason(),
                r.getRevision(),
                r.getContentDigest(),
                r.getSupersededAt(),
                r.getSupersededBy());
    }
}
