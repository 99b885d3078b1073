package org.jianding.app.knowledge;

import static org.jianding.app.knowledge.db.Tables.KNOWLEDGE_NODE;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Knowledge point names for the audit log, many in one query. */
@Repository
class KnowledgeNameRepository {

    private final DSLContext db;

    KnowledgeNameRepository(DSLContext db) {
        this.db = db;
    }

    /** "code name" by id (unknown ids are left out). */
    Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.select(KNOWLEDGE_NODE.ID, KNOWLEDGE_NODE.CODE, KNOWLEDGE_NODE.NAME)
                .from(KNOWLEDGE_NODE)
                .where(KNOWLEDGE_NODE.ID.in(ids))
                .fetchMap(r -> r.value1(), r -> r.value2() + " " + r.value3());
    }
}
