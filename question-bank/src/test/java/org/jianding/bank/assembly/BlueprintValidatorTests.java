package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;

class BlueprintValidatorTests {

    static final Taxonomy TAXONOMY = AssemblyFixture.taxonomy();

    static Blueprint with(List<Section> sections, List<ShareRow> rows) {
        Blueprint base = AssemblyFixture.blueprint();
        return new Blueprint(base.name(), base.level(), 100, base.duration(), 60, sections, rows);
    }

    static Blueprint withRows(ShareRow... rows) {
        return with(AssemblyFixture.sections(), List.of(rows));
    }

    @Test
    void acceptsTheRealisticBlueprint() {
        assertThat(BlueprintValidator.validate(AssemblyFixture.blueprint(), TAXONOMY))
                .isEmpty();
    }

    @Test
    void rejectsSectionsThatMissTheTotal() {
        List<Section> sections = new ArrayList<>(AssemblyFixture.sections());
        sections.set(0, new Section(QuestionType.SINGLE_CHOICE, 35, 1));
        assertThat(BlueprintValidator.validate(with(sections, List.of()), TAXONOMY))
                .containsExactly("各题型 题数×分值 之和为 95 分，与总分 100 分不符");
    }

    @Test
    void rejectsUnknownNodesAndTypesWithoutSection() {
        assertThat(BlueprintValidator.validate(
                        withRows(
                                ShareRow.of(RowScope.area("X9"), 10, 2),
                                ShareRow.of(RowScope.type(QuestionType.FILL_BLANK), 5, 0)),
                        TAXONOMY))
                .containsExactly("第 1 行（X9）：知识点 X9 不在知识点体系中", "第 2 行（填空）：试卷没有填空题，本行得不到分");
    }

    @Test
    void rejectsSharesThatCannotBeWholePoints() {
        Blueprint base = AssemblyFixture.blueprint();
        Blueprint ninety = new Blueprint(
                "x",
                base.level(),
                90,
                base.duration(),
                54,
                List.of(new Section(QuestionType.SINGLE_CHOICE, 90, 1)),
                List.of(ShareRow.of(RowScope.area("G"), 33.5, 0)));
        assertThat(BlueprintValidator.validate(ninety, TAXONOMY))
                .containsExactly("第 1 行（通用基础知识）：按总分 90 分折算，33.5%±0.0% 取不到整数分");
    }

    @Test
    void rejectsTypeRowsThatDisagreeWithTheSections() {
        assertThat(BlueprintValidator.validate(
                        withRows(ShareRow.of(RowScope.type(QuestionType.SINGLE_CHOICE), 30, 5)), TAXONOMY))
                .containsExactly("第 1 行（单选）：题型设置给出 40 分，而本行要求 25–35 分");
    }

    @Test
    void rejectsMixesThatCannotAddUp() {
        assertThat(BlueprintValidator.validate(
                        withRows(
                                ShareRow.of(RowScope.difficulty(1, 2), 30, 0),
                                ShareRow.of(RowScope.difficulty(3, 3), 40, 0),
                                ShareRow.of(RowScope.difficulty(4, 5), 20, 5)),
                        TAXONOMY))
                .containsExactly("难度各行已覆盖全部，但最高分之和 95 分不足应有的 100 分");
        assertThat(BlueprintValidator.validate(
                        withRows(
                                ShareRow.of(RowScope.cognitive(CognitiveLevel.AWARE), 50, 0),
                                ShareRow.of(RowScope.cognitive(CognitiveLevel.MASTER), 60, 0)),
                        TAXONOMY))
                .containsExactly("认知层次各行的最低分之和 110 分超过了可分配的 100 分");
    }

    @Test
    void rejectsChildAreasThatDoNotFitTheirParent() {
        assertThat(BlueprintValidator.validate(
                        withRows(
                                ShareRow.of(RowScope.area("G"), 10, 0),
                                ShareRow.of(RowScope.area("G1"), 8, 0),
                                ShareRow.of(RowScope.area("G3"), 6, 1)),
                        TAXONOMY))
                .containsExactly("通用基础知识 的下级知识点的最低分之和 13 分超过了可分配的 10 分");
        assertThat(BlueprintValidator.validate(
                        withRows(
                                ShareRow.of(RowScope.area("G"), 25, 5),
                                ShareRow.of(RowScope.area("Z"), 25, 5),
                                ShareRow.of(RowScope.area("J"), 20, 0),
                                ShareRow.of(RowScope.area("S"), 15, 0)),
                        TAXONOMY))
                .containsExactly("各知识领域已覆盖全部，但最高分之和 95 分不足应有的 100 分");
    }

    @Test
    void refusesToPrepareAContradictoryBlueprint() {
        assertThatThrownBy(() ->
                        PaperAssembly.prepare(withRows(ShareRow.of(RowScope.area("G"), 120, 0)), TAXONOMY, List.of()))
                .isInstanceOf(InvalidBlueprintException.class)
                .hasMessageContaining("比重须在 0–100% 之间");
    }
}
