package org.jianding.app.knowledge;

import static org.jianding.app.knowledge.db.Tables.KNOWLEDGE_NODE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class KnowledgeNodeRepository {

    private final DSLContext db;

    KnowledgeNodeRepository(DSLContext db) {
        this.db = db;
    }

    List<KnowledgeNode> findAll() {
        return db.selectFrom(KNOWLEDGE_NODE)
                .fetch(r -> new KnowledgeNode(
                        r.getId(), r.getCode(), r.getName(), r.getParentId(), r.getSortOrder(), r.getRetired()));
    }

    Optional<KnowledgeNode> find(long id) {
        return findAll().stream().filter(n -> n.id() == id).findFirst();
    }

    long insert(String code, String name, Long parentId, int sortOrder, Instant now) {
        var row = db.newRecord(KNOWLEDGE_NODE);
        row.setCode(code);
        row.setName(name);
        row.setParentId(parentId);
        row.setSortOrder(sortOrder);
        row.setRetired(false);
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        row.store();
        return row.getId();
    }

    void rename(long id, String name, Instant now) {
        db.update(KNOWLEDGE_NODE)
                .set(KNOWLEDGE_NODE.NAME, name)
                .set(KNOWLEDGE_NODE.UPDATED_AT, now)
                .where(KNOWLEDGE_NODE.ID.eq(id))
                .execute();
    }

    void move(long id, Long parentId, Instant now) {
        db.update(KNOWLEDGE_NODE)
                .set(KNOWLEDGE_NODE.PARENT_ID, parentId)
                .set(KNOWLEDGE_NODE.UPDATED_AT, now)
                .where(KNOWLEDGE_NODE.ID.eq(id))
                .execute();
    }

    void setRetired(long id, boolean retired, Instant now) {
        db.update(KNOWLEDGE_NODE)
                .set(KNOWLEDGE_NODE.RETIRED, retired)
                .set(KNOWLEDGE_NODE.UPDATED_AT, now)
                .where(KNOWLEDGE_NODE.ID.eq(id))
                .execute();
    }

    void delete(long id) {
        db.deleteFrom(KNOWLEDGE_NODE).where(KNOWLEDGE_NODE.ID.eq(id)).execute();
    }
}
