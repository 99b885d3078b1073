package org.jianding.bank.taxonomy;

import java.util.Optional;

/**
 * One knowledge point of the taxonomy, pointing at its parent by code. Flat nodes with parent codes are what a
 * table row or an import line holds, so the tree is built from them rather than stored as nested objects.
 *
 * @param parentCode the parent's code, or {@code null} for a top-level area
 */
public record KnowledgeNode(String code, String name, String parentCode) {

    public KnowledgeNode {
        if (code == null || code.isBlank() || code.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("知识点代码不能为空或含空白：「" + code + "」");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("知识点" + code + "须有名称");
        }
        name = name.strip();
        if (parentCode != null && (parentCode.isBlank() || parentCode.equals(code))) {
            throw new IllegalArgumentException("知识点" + code + "的上级代码无效：「" + parentCode + "」");
        }
    }

    public static KnowledgeNode root(String code, String name) {
        return new KnowledgeNode(code, name, null);
    }

    public static KnowledgeNode child(String code, String name, String parentCode) {
        return new KnowledgeNode(code, name, parentCode);
    }

    public boolean isRoot() {
        return parentCode == null;
    }

    public Optional<String> parent() {
        return Optional.ofNullable(parentCode);
    }
}
