package org.jianding.app.competency;

import static org.jianding.app.competency.db.Tables.COMPETENCY_VALUE;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jianding.app.competency.db.tables.records.CompetencyValueRecord;
import org.jianding.bank.Level;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Repository;

/** The values of people's records; append-only. */
@Repository
class ValueRepository {

    private final DSLContext db;

    ValueRepository(DSLContext db) {
        this.db = db;
    }

    void insert(CompetencyValue v) {
        CompetencyValueRecord r = db.newRecord(COMPETENCY_VALUE);
        r.setUserId(v.userId());
        r.setItemCode(v.itemCode());
        r.setLevelRank(v.level() == null ? null : (byte) v.level().rank());
        r.setSource(v.source().name());
        r.setSourceLabel(v.sourceLabel());
        r.setAttemptId(v.attemptId());
        r.setResultRevision(v.resultRevision());
        r.setScore(v.score());
        r.setAssessorId(v.assessorId());
        r.setEvidence(v.evidence());
        r.setModelVersion(v.modelVersion());
        r.setRecordedAt(v.recordedAt());
        r.insert();
    }

    /** The person's values recorded at or before {@code asOf}, newest first. */
    List<CompetencyValue> ofPerson(long userId, Instant asOf) {
        return db.selectFrom(COMPETENCY_VALUE)
                .where(COMPETENCY_VALUE.USER_ID.eq(userId).and(COMPETENCY_VALUE.RECORDED_AT.le(asOf)))
                .orderBy(COMPETENCY_VALUE.RECORDED_AT.desc(), COMPETENCY_VALUE.ID.desc())
                .fetch(ValueRepository::toValue);
    }

    /** The values of these people recorded at or before {@code asOf}, newest first. */
    List<CompetencyValue> ofPeople(Collection<Long> userIds, Instant asOf) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(COMPETENCY_VALUE)
                .where(COMPETENCY_VALUE.USER_ID.in(userIds).and(COMPETENCY_VALUE.RECORDED_AT.le(asOf)))
                .orderBy(COMPETENCY_VALUE.RECORDED_AT.desc(), COMPETENCY_VALUE.ID.desc())
                .fetch(ValueRepository::toValue);
    }

    /** Of these results, the "attemptId/revision" pairs already recorded. */
    Set<String> recordedRevisions(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return Set.of();
        }
        return db
                .selectDistinct(COMPETENCY_VALUE.ATTEMPT_ID, COMPETENCY_VALUE.RESULT_REVISION)
                .from(COMPETENCY_VALUE)
                .where(COMPETENCY_VALUE.ATTEMPT_ID.in(attemptIds))
                .fetch()
                .stream()
                .map((Record2<Long, Integer> r) -> r.value1() + "/" + r.value2())
                .collect(Collectors.toSet());
    }

    private static CompetencyValue toValue(CompetencyValueRecord r) {
        return new CompetencyValue(
                r.getId(),
                r.getUserId(),
                r.getItemCode(),
                r.getLevelRank() == null ? null : Level.ofRank(r.getLevelRank()).orElseThrow(),
                ValueSource.valueOf(r.getSource()),
                r.getSourceLabel(),
                r.getAttemptId(),
                r.getResultRevision(),
                r.getScore(),
                r.getAssessorId(),
                r.getEvidence(),
                r.getModelVersion(),
                r.getRecordedAt());
    }
}
