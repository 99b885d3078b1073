package org.jianding.app.blueprints;

import static org.jianding.app.blueprints.db.Tables.BLUEPRINT;
import static org.jianding.app.blueprints.db.Tables.BLUEPRINT_VERSION;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Blueprint names for the audit log (post, level and version, as each version is named), many in one query. */
@Repository
class BlueprintNameRepository {

    /** A version by its name, and what it names: a blueprint (its current version) or the version itself. */
    record NamedVersion(long namedId, long versionId, String name) {}

    private final DSLContext db;

    BlueprintNameRepository(DSLContext db) {
        this.db = db;
    }

    /** The current version of each of these blueprints, by blueprint id (unknown ids are left out). */
    List<NamedVersion> blueprints(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.select(BLUEPRINT.ID, BLUEPRINT_VERSION.ID, BLUEPRINT_VERSION.NAME)
                .from(BLUEPRINT)
                .join(BLUEPRINT_VERSION)
                .on(
                        BLUEPRINT_VERSION.BLUEPRINT_ID.eq(BLUEPRINT.ID),
                        BLUEPRINT_VERSION.VERSION_NO.eq(BLUEPRINT.CURRENT_VERSION))
                .where(BLUEPRINT.ID.in(ids))
                .fetch(r -> new NamedVersion(r.value1(), r.value2(), r.value3()));
    }

    List<NamedVersion> versions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.select(BLUEPRINT_VERSION.ID, BLUEPRINT_VERSION.NAME)
                .from(BLUEPRINT_VERSION)
                .where(BLUEPRINT_VERSION.ID.in(ids))
                .fetch(r -> new NamedVersion(r.value1(), r.value1(), r.value2()));
    }
}
