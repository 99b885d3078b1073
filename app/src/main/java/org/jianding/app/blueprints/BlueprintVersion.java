package org.jianding.app.blueprints;

import java.time.Instant;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.Blueprint;

/** One saved version of a blueprint; never changed once written, since papers cite it. */
public record BlueprintVersion(
        long id,
        long blueprintId,
        long postId,
        String postName,
        Level level,
        int versionNo,
        String name,
        BlueprintSpec spec,
        String changeNote,
        long createdById,
        Instant createdAt) {

    /** The engine's blueprint; its name carries post, level and version, as issued papers cite it. */
    public Blueprint toBlueprint() {
        return spec.toBlueprint(name, level);
    }
}
