package org.jianding.app.audit;

import static org.jianding.app.audit.db.Tables.AUDIT_EVENT;

import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    void insert(
            Instant at, String actor, String action, String targetType, String targetId, String detail, String addr) {
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.TARGET_TYPE, targetType)
                .set(AUDIT_EVENT.TARGET_ID, targetId)
                .set(AUDIT_EVENT.DETAIL, detail)
                .set(AUDIT_EVENT.REMOTE_ADDR, addr)
                .execute();
    }

    /** One line per {target id, detail} pair, in multi-row inserts of at most 500 lines. */
    void insertAll(Instant at, String actor, String action, String targetType, List<String[]> targets, String addr) {
        for (int from = 0; from < targets.size(); from += 500) {
            var insert = db.insertInto(
                    AUDIT_EVENT,
                    AUDIT_EVENT.OCCURRED_AT,
                    AUDIT_EVENT.ACTOR,
                    AUDIT_EVENT.ACTION,
                    AUDIT_EVENT.TARGET_TYPE,
                    AUDIT_EVENT.TARGET_ID,
                    AUDIT_EVENT.DETAIL,
                    AUDIT_EVENT.REMOTE_ADDR);
            for (String[] target : targets.subList(from, Math.min(targets.size(), from + 500))) {
                insert = insert.values(at, actor, action, targetType, target[0], target[1], addr);
            }
            insert.execute();
        }
    }

    List<AuditEvent> search(AuditQuery query) {
        return db.selectFrom(AUDIT_EVENT)
                .where(where(query))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(query.size())
                .offset(query.page() * query.size())
                .fetch(r -> new AuditEvent(
                        r.getId(),
                        r.getOccurredAt(),
                        r.getActor(),
                        r.getAction(),
                        r.getTargetType(),
                        r.getTargetId(),
                        r.getDetail(),
                        r.getRemoteAddr()));
    }

    long count(AuditQuery query) {
        return db.fetchCount(AUDIT_EVENT, where(query));
    }

    private static Condition where(AuditQuery q) {
        Condition c = DSL.noCondition();
        if (notBlank(q.actor())) {
            c = c.and(AUDIT_EVENT.ACTOR.eq(q.actor().strip()));
        }
        if (notBlank(q.action())) {
            c = c.and(AUDIT_EVENT.ACTION.eq(q.action().strip()));
        }
        if (notBlank(q.targetType())) {
            c = c.and(AUDIT_EVENT.TARGET_TYPE.eq(q.targetType().strip()));
        }
        if (notBlank(q.targetId())) {
            c = c.and(AUDIT_EVENT.TARGET_ID.eq(q.targetId().strip()));
        }
        return c;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
