package org.jianding.bank.assembly;

import java.util.Objects;

/** One node of the knowledge taxonomy: its code (e.g. {@code G3}), its name and its parent's code (null at a root). */
public record TaxonomyNode(String code, String name, String parent) {

    public TaxonomyNode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    public static TaxonomyNode root(String code, String name) {
        return new TaxonomyNode(code, name, null);
    }

    public static TaxonomyNode child(String code, String name, String parent) {
        return new TaxonomyNode(code, name, Objects.requireNonNull(parent, "parent"));
    }
}
