package org.jianding.app.blueprints.web;

import java.util.List;
import org.jianding.bank.assembly.Taxonomy;

/** A knowledge node in the editor's drop-downs, indented by depth so the tree reads as a tree. */
record NodeOption(String code, String label) {

    static List<NodeOption> of(Taxonomy taxonomy) {
        return taxonomy.nodes().stream()
                .map(n -> new NodeOption(
                        n.code(),
                        "\u3000".repeat(taxonomy.ancestorsOrSelf(n.code()).size() - 1) + n.code() + " " + n.name()))
                .toList();
    }
}
