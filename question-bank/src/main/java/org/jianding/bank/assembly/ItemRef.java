package org.jianding.bank.assembly;

import java.util.Objects;

/** An item and the version of it that a paper uses; edits make new versions, so the pair pins the content. */
public record ItemRef(String id, int version) {

    public ItemRef {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
