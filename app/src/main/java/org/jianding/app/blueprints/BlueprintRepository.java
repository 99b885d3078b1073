package org.jianding.app.blueprints;

import static org.jianding.app.blueprints.db.Tables.BLUEPRINT;
import static org.jianding.app.blueprints.db.Tables.BLUEPRINT_INFORMATION_TARGET;
import static org.jianding.app.blueprints.db.Tables.BLUEPRINT_VERSION;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jianding.app.blueprints.db.tables.records.BlueprintInformationTargetRecord;
import org.jianding.app.blueprints.db.tables.records.BlueprintVersionRecord;
import org.jianding.bank.Level;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The blueprint tables. Versions are only ever inserted; the definition is the spec as JSON, except its information
 * target, which is a row of its own (it names a calibration).
 */
@Repository
class BlueprintRepository {

    /** A version row with its blueprint's post and level. */
    record Row(
            BlueprintVersionRecord version,
            long postId,
            Level level,
            Instant updatedAt,
            BlueprintInformationTargetRecord target) {}

    private final DSLContext db;
    private final JsonMapper json;

    BlueprintRepository(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Optional<Long> find(long postId, Level level) {
        return db.select(BLUEPRINT.ID)
                .from(BLUEPRINT)
                .where(BLUEPRINT.POST_ID.eq(postId), BLUEPRINT.LEVEL_CODE.eq(level.name()))
                .fetchOptional(BLUEPRINT.ID);
    }

    long insert(long postId, Level level, Instant now) {
        return db.insertInto(BLUEPRINT)
                .set(BLUEPRINT.POST_ID, postId)
                .set(BLUEPRINT.LEVEL_CODE, level.name())
                .set(BLUEPRINT.CURRENT_VERSION, 0)
                .set(BLUEPRINT.CREATED_AT, now)
                .set(BLUEPRINT.UPDATED_AT, now)
                .returning(BLUEPRINT.ID)
                .fetchOne()
                .getId();
    }

    /** Appends the next version and makes it current; returns the new version's id. */
    long appendVersion(long blueprintId, String name, BlueprintSpec spec, String note, long by, Instant now) {
        int next = db.select(BLUEPRINT.CURRENT_VERSION)
                        .from(BLUEPRINT)
                        .where(BLUEPRINT.ID.eq(blueprintId))
                        .forUpdate()
                        .fetchSingle(BLUEPRINT.CURRENT_VERSION)
                + 1;
        long id = db.insertInto(BLUEPRINT_VERSION)
                .set(BLUEPRINT_VERSION.BLUEPRINT_ID, blueprintId)
                .set(BLUEPRINT_VERSION.VERSION_NO, next)
                .set(BLUEPRINT_VERSION.NAME, name.replace("{v}", "v" + next))
                .set(BLUEPRINT_VERSION.TOTAL_POINTS, spec.totalPoints())
                .set(BLUEPRINT_VERSION.DURATION_MINUTES, spec.durationMinutes())
                .set(BLUEPRINT_VERSION.PASS_MARK, spec.passMark())
                .set(BLUEPRINT_VERSION.DEFINITION, json.writeValueAsString(spec.withInformationTarget(null)))
                .set(BLUEPRINT_VERSION.CHANGE_NOTE, note == null || note.isBlank() ? null : note.strip())
                .set(BLUEPRINT_VERSION.CREATED_BY, by)
                .set(BLUEPRINT_VERSION.CREATED_AT, now)
                .returning(BLUEPRINT_VERSION.ID)
                .fetchOne()
                .getId();
        InformationTargetSpec target = spec.informationTarget();
        if (target != null) {
            db.insertInto(BLUEPRINT_INFORMATION_TARGET)
                    .set(BLUEPRINT_INFORMATION_TARGET.BLUEPRINT_VERSION_ID, id)
                    .set(BLUEPRINT_INFORMATION_TARGET.CALIBRATION_ID, target.calibrationId())
                    .set(
                            BLUEPRINT_INFORMATION_TARGET.ABILITIES,
                            target.abilities().stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .set(BLUEPRINT_INFORMATION_TARGET.MINIMUM_INFORMATION, target.minimumOrZero())
                    .execute();
        }
        db.update(BLUEPRINT)
                .set(BLUEPRINT.CURRENT_VERSION, next)
                .set(BLUEPRINT.UPDATED_AT, now)
                .where(BLUEPRINT.ID.eq(blueprintId))
                .execute();
        return id;
    }

    Optional<Row> version(long versionId) {
        return select().where(BLUEPRINT_VERSION.ID.eq(versionId)).fetchOptional(this::row);
    }

    Optional<Row> current(long blueprintId) {
        return select().where(BLUEPRINT.ID.eq(blueprintId), BLUEPRINT_VERSION.VERSION_NO.eq(BLUEPRINT.CURRENT_VERSION))
                .fetchOptional(this::row);
    }

    /** Every blueprint's current version, by post and then from 四级 to 一级 (not by the level's code). */
    List<Row> currents() {
        return select()
                .where(BLUEPRINT_VERSION.VERSION_NO.eq(BLUEPRINT.CURRENT_VERSION))
                .orderBy(BLUEPRINT.POST_ID)
                .fetch(this::row)
                .stream()
                .sorted(java.util.Comparator.comparingLong(Row::postId).thenComparing(Row::level))
                .toList();
    }

    List<Row> versions(long blueprintId) {
        return select().where(BLUEPRINT.ID.eq(blueprintId))
                .orderBy(BLUEPRINT_VERSION.VERSION_NO.desc())
                .fetch(this::row);
    }

    BlueprintSpec spec(Row row) {
        BlueprintSpec spec = json.readValue(row.version().getDefinition(), BlueprintSpec.class);
        BlueprintInformationTargetRecord t = row.target();
        if (t == null || t.getBlueprintVersionId() == null) {
            return spec.withInformationTarget(null);
        }
        List<Double> abilities =
                Arrays.stream(t.getAbilities().split(",")).map(Double::valueOf).toList();
        return spec.withInformationTarget(
                new InformationTargetSpec(t.getCalibrationId(), abilities, t.getMinimumInformation()));
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(BLUEPRINT_VERSION.fields())
                .select(BLUEPRINT.POST_ID, BLUEPRINT.LEVEL_CODE, BLUEPRINT.UPDATED_AT)
                .select(BLUEPRINT_INFORMATION_TARGET.fields())
                .from(BLUEPRINT_VERSION)
                .join(BLUEPRINT)
                .on(BLUEPRINT.ID.eq(BLUEPRINT_VERSION.BLUEPRINT_ID))
                .leftJoin(BLUEPRINT_INFORMATION_TARGET)
                .on(BLUEPRINT_INFORMATION_TARGET.BLUEPRINT_VERSION_ID.eq(BLUEPRINT_VERSION.ID));
    }

    private Row row(Record r) {
        return new Row(
                r.into(BLUEPRINT_VERSION),
                r.get(BLUEPRINT.POST_ID),
                Level.valueOf(r.get(BLUEPRINT.LEVEL_CODE)),
                r.get(BLUEPRINT.UPDATED_AT),
                r.into(BLUEPRINT_INFORMATION_TARGET));
    }
}
