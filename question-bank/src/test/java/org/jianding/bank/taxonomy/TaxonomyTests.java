package org.jianding.bank.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jianding.bank.taxonomy.KnowledgeNode.child;
import static org.jianding.bank.taxonomy.KnowledgeNode.root;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTests {

    private final Taxonomy tree = DefaultTaxonomy.tree();

    @Test
    void followsTheSeedWithFourAreasAndFourteenLeaves() {
        assertThat(tree.roots())
                .extracting(KnowledgeNode::name)
                .containsExactly("通用基础知识", "专业基础知识", "岗位基础知识", "岗位基本技能");
        assertThat(tree.leaves())
                .extracting(KnowledgeNode::code)
                .containsExactly("G1", "G2", "G3", "G4", "P1", "P2", "P3", "P4", "J1", "J2", "J3", "S1", "S2", "S3");
        assertThat(tree.node("S2").name()).isEqualTo("解决方案制定与营销");
    }

    @Test
    void listsChildrenInTheirOrder() {
        assertThat(tree.children("J")).extracting(KnowledgeNode::code).containsExactly("J1", "J2", "J3");
        assertThat(tree.children("J1")).isEmpty();
    }

    @Test
    void listsDescendantsDepthFirst() {
        Taxonomy deeper = new Taxonomy(List.of(
                root("G", "通用基础知识"),
                child("G3", "法律法规", "G"),
                child("G3.1", "个人信息保护", "G3"),
                child("G4", "企业规章制度", "G")));

        assertThat(deeper.descendants("G")).extracting(KnowledgeNode::code).containsExactly("G3", "G3.1", "G4");
        assertThat(deeper.leaves()).extracting(KnowledgeNode::code).containsExactly("G3.1", "G4");
    }

    @Test
    void tellsLeavesFromAreas() {
        assertThat(tree.isLeaf("P3")).isTrue();
        assertThat(tree.isLeaf("P")).isFalse();
    }

    @Test
    void givesThePathFromTheAreaDown() {
        assertThat(tree.path("G3")).extracting(KnowledgeNode::code).containsExactly("G", "G3");
        assertThat(tree.path("S")).extracting(KnowledgeNode::code).containsExactly("S");
    }

    @Test
    void refusesUnknownCodes() {
        assertThat(tree.find("X9")).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tree.children("X9"))
                .withMessage("未知的知识点代码：X9");
    }

    @Test
    void rejectsDuplicateCodesUnknownParentsAndCycles() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Taxonomy(List.of(root("G", "甲"), root("G", "乙"), child("G1", "丙", "X"))))
                .withMessage("知识体系不合格：知识点代码G重复；知识点G1的上级X不存在");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Taxonomy(List.of(child("A", "甲", "B"), child("B", "乙", "A"))))
                .withMessage("知识体系不合格：知识点A的上级链条成环；知识点B的上级链条成环");
    }

    @Test
    void rejectsNodesWithoutCodeOrName() {
        assertThatIllegalArgumentException().isThrownBy(() -> root(" ", "甲"));
        assertThatIllegalArgumentException().isThrownBy(() -> root("G", ""));
        assertThatIllegalArgumentException().isThrownBy(() -> child("G", "甲", "G"));
    }
}
