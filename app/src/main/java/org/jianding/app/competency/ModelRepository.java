package org.jianding.app.competency;

import static org.jianding.app.competency.db.Tables.COMPETENCY_MODEL;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.app.competency.db.tables.records.CompetencyModelRecord;
import org.jianding.bank.Level;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Model versions, each stored whole as JSON so that an old version reads exactly as it was saved. */
@Repository
class ModelRepository {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The stored definition of one version. */
    record Definition(
            List<ItemClass> classes,
            List<ModelItem> items,
            Map<Level, BigDecimal> bands,
            Map<String, Map<Level, Map<String, Level>>> standards) {}

    private final DSLContext db;

    ModelRepository(DSLContext db) {
        this.db = db;
    }

    Optional<CompetencyModel> latest() {
        return db.selectFrom(COMPETENCY_MODEL)
                .orderBy(COMPETENCY_MODEL.VERSION_NO.desc())
                .limit(1)
                .fetchOptional(ModelRepository::toModel);
    }

    /** The version current at that moment: the last saved at or before it, else the first. */
    Optional<CompetencyModel> at(Instant asOf) {
        return db.selectFrom(COMPETENCY_MODEL)
                .where(COMPETENCY_MODEL.CREATED_AT.le(asOf))
                .orderBy(COMPETENCY_MODEL.VERSION_NO.desc())
                .limit(1)
                .fetchOptional(ModelRepository::toModel)
                .or(() -> db.selectFrom(COMPETENCY_MODEL)
                        .orderBy(COMPETENCY_MODEL.VERSION_NO)
                        .limit(1)
                        .fetchOptional(ModelRepository::toModel));
    }

    Optional<CompetencyModel> find(int version) {
        return db.selectFrom(COMPETENCY_MODEL)
                .where(COMPETENCY_MODEL.VERSION_NO.eq(version))
                .fetchOptional(ModelRepository::toModel);
    }

    /** Every version without its definition's detail, newest first. */
    List<ModelVersion> versions() {
        return db.select(
                        COMPETENCY_MODEL.VERSION_NO,
                        COMPETENCY_MODEL.NOTE,
                        COMPETENCY_MODEL.CREATED_BY,
                        COMPETENCY_MODEL.CREATED_AT)
                .from(COMPETENCY_MODEL)
                .orderBy(COMPETENCY_MODEL.VERSION_NO.desc())
                .fetch(r -> new ModelVersion(r.value1(), r.value2(), r.value3(), null, r.value4()));
    }

    /** Inserts the next version number; a concurrent save of the same number fails on the primary key. */
    int insert(Definition definition, String note, Long userId, Instant now) {
        Integer last = db.select(org.jooq.impl.DSL.max(COMPETENCY_MODEL.VERSION_NO))
                .from(COMPETENCY_MODEL)
                .fetchOne(0, Integer.class);
        int next = last == null ? 1 : last + 1;
        insert(next, definition, note, userId, now);
        return next;
    }

    void insert(int version, Definition definition, String note, Long userId, Instant now) {
        CompetencyModelRecord r = db.newRecord(COMPETENCY_MODEL);
        r.setVersionNo(version);
        r.setDefinition(JSON.writeValueAsString(definition));
        r.setNote(note);
        r.setCreatedBy(userId);
        r.setCreatedAt(now);
        r.insert();
    }

    /** Those of these version numbers that exist. */
    java.util.Set<Integer> existing(java.util.Collection<Integer> versions) {
        if (versions.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(db.select(COMPETENCY_MODEL.VERSION_NO)
                .from(COMPETENCY_MODEL)
                .where(COMPETENCY_MODEL.VERSION_NO.in(versions))
                .fetch(COMPETENCY_MODEL.VERSION_NO));
    }

    boolean any() {
        return db.fetchExists(COMPETENCY_MODEL);
    }

    private static CompetencyModel toModel(CompetencyModelRecord r) {
        Definition d = JSON.readValue(r.getDefinition(), Definition.class);
        return new CompetencyModel(
                r.getVersionNo(),
                r.getNote(),
                r.getCreatedBy(),
                r.getCreatedAt(),
                d.classes(),
                d.items(),
                d.bands(),
                d.standards());
    }
}
