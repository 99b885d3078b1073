package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.item.CognitiveLevel.AWARE;
import static org.jianding.bank.item.CognitiveLevel.FAMILIAR;
import static org.jianding.bank.item.QuestionType.MULTIPLE_CHOICE;
import static org.jianding.bank.item.QuestionType.SINGLE_CHOICE;
import static org.jianding.bank.item.QuestionType.TRUE_FALSE;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;

/** Count ranges per section and count rows: the validator's words, the diagnoses' words, the checker. */
class CountRowsTests {

    static final Taxonomy TAXONOMY = AssemblyFixture.taxonomy();

    private static Blueprint blueprint(int total, List<Section> sections, List<ShareRow> rows) {
        return new Blueprint("counts", Level.INTERMEDIATE, total, Duration.ofMinutes(60), total / 2, sections, rows);
    }

    @Test
    void rejectsRangesThatCannotMakeTheTotal() {
        Blueprint odd = blueprint(21, List.of(Section.range(SINGLE_CHOICE, 10, 12, 2)), List.of());
        assertThat(BlueprintValidator.validate(odd, TAXONOMY))
                .containsExactly("各题型在题数范围内，题数×分值之和凑不出总分 21 分，请调整题数范围或分值");
        Blueprint short_ = blueprint(40, List.of(Section.range(SINGLE_CHOICE, 10, 12, 2)), List.of());
        assertThat(BlueprintValidator.validate(short_, TAXONOMY)).containsExactly("各题型在题数范围内的分数为 20–24 分，够不上总分 40 分");
        Blueprint upsideDown = blueprint(20, List.of(Section.range(SINGLE_CHOICE, 12, 10, 2)), List.of());
        assertThat(BlueprintValidator.validate(upsideDown, TAXONOMY))
                .contains("单选：题数范围无效（12–10 题），须 0 ≤ 最少 ≤ 最多，且最多大于 0");
    }

    @Test
    void rejectsCountRowsOutOfReachOfTheSections() {
        List<Section> sections = List.of(Section.range(SINGLE_CHOICE, 10, 20, 1), new Section(MULTIPLE_CHOICE, 10, 2));
        Blueprint blueprint = blueprint(
                40,
                sections,
                List.of(
                        ShareRow.count(RowScope.cognitive(AWARE), 31, ShareRow.UNBOUNDED),
                        ShareRow.count(RowScope.type(SINGLE_CHOICE), 25, 30),
                        ShareRow.count(RowScope.type(TRUE_FALSE), 1, 3),
                        ShareRow.count(RowScope.area("G"), 5, 2),
                        ShareRow.count(RowScope.type(MULTIPLE_CHOICE), 0, 5)));
        assertThat(BlueprintValidator.validate(blueprint, TAXONOMY))
                .containsExactly(
                        "第 1 行（了解（题数））：要求至少 31 题，而题型设置最多只有 30 题",
                        "第 2 行（单选（题数））：要求至少 25 题，而题型设置最多只有 20 题",
                        "第 3 行（判断（题数））：试卷没有判断题，本行得不到题",
                        "第 4 行（通用基础知识（题数））：题数范围无效（5–2），须 0 ≤ 至少 ≤ 至多",
                        "第 5 行（多选（题数））：题型设置为 10 题，而本行要求至多 5 题");
    }

    @Test
    void aCountRowAndAPointsBandOfOneLevelConflictAndAreNamedTogether() {
        // 了解 may hold at most 30 % of 100 points, yet at least 40 了解 questions are asked for
        Blueprint blueprint =
                AssemblyFixture.blueprint(List.of(ShareRow.count(RowScope.cognitive(AWARE), 40, ShareRow.UNBOUNDED)));
        assertThat(BlueprintValidator.validate(blueprint, TAXONOMY)).isEmpty();
        List<AssemblyItem> bank = AssemblyFixture.bank(20_000, 7);
        AssemblyResult result = PaperAssembly.prepare(blueprint, TAXONOMY, bank).assemble(AssemblyRequest.seeded(3));
        assertThat(result.isAssembled()).isFalse();
        Diagnosis diagnosis = result.diagnosis();
        assertThat(diagnosis.proven()).isTrue();
        assertThat(diagnosis.summary()).isEqualTo("在题型、题数不变时，比重表的 2 行不能同时满足");
        assertThat(diagnosis.shortfalls()).extracting(Shortfall::row).containsExactlyInAnyOrder("了解", "了解（题数）");
        Shortfall count = diagnosis.shortfalls().stream()
                .filter(s -> s.row().equals("了解（题数）"))
                .findFirst()
                .orElseThrow();
        assertThat(count.unit()).isEqualTo("题");
        assertThat(count.message()).startsWith("了解（题数）：需要至少 40 题，但与 了解 同时满足时最多只能有 30 题（差 10 题）");
        assertThat(count.message()).contains("其余不变，只需把本行放宽到 30 题即可组卷");
    }

    @Test
    void aCountRowTheBankCannotFillIsNamedWithTheShortfall() {
        ShareRow hardLawSingles =
                ShareRow.count(RowScope.area("G3").withDifficulty(5, 5).withType(SINGLE_CHOICE), 4, ShareRow.UNBOUNDED);
        Blueprint blueprint = AssemblyFixture.blueprint(List.of(hardLawSingles));
        Diagnosis diagnosis = DiagnosisTests.diagnose(
                blueprint, DiagnosisTests.keepOnly(DiagnosisTests::lawHardSingle, 1), AssemblyRequest.seeded(1));
        assertThat(diagnosis.proven()).isTrue();
        assertThat(diagnosis.messages()).containsExactly("法律法规 × 难 × 单选（题数）：需要 4 题，题库仅有 1 道可用题（差 3 道）");
    }

    @Test
    void theFixtureWithRangesAndCountRowsAssemblesAndVaries() {
        Blueprint blueprint = AssemblyFixture.countedBlueprint();
        assertThat(BlueprintValidator.validate(blueprint, TAXONOMY)).isEmpty();
        List<AssemblyItem> bank = AssemblyFixture.bank(20_000, 11);
        PaperAssembly assembly = PaperAssembly.prepare(blueprint, TAXONOMY, bank);
        PaperChecker checker = new PaperChecker(blueprint, TAXONOMY, bank);
        Set<Long> singles = new java.util.HashSet<>();
        for (int seed = 0; seed < 30; seed++) {
            AssemblyResult result = assembly.assemble(AssemblyRequest.seeded(seed));
            assertThat(result.isAssembled())
                    .as("seed %d: %s", seed, result.diagnosis())
                    .isTrue();
            assertThat(checker.check(result.paper(), Set.of()).violations()).isEmpty();
            singles.add(result.paper().items().stream()
                    .filter(i -> i.type() == SINGLE_CHOICE)
                    .count());
        }
        assertThat(singles).hasSizeGreaterThan(3);
        FormSet forms = assembly.parallelForms(SessionRequest.of(
                5,
                java.util.stream.IntStream.range(0, 20)
                        .mapToObj(c -> Candidate.firstAttempt("C" + c))
                        .toList(),
                20));
        assertThat(forms.forms()).hasSize(20);
        forms.forms()
                .forEach(f -> assertThat(checker.check(f.paper(), Set.of()).violations())
                        .isEmpty());
    }

    @Test
    void theCheckerReadsRangesAndCountRowsFromTheItems() {
        List<AssemblyItem> bank = List.of(
                AssemblyItem.of("A", 1, "G1", SINGLE_CHOICE, 3, AWARE, Set.of(Level.INTERMEDIATE)),
                AssemblyItem.of("B", 1, "G1", SINGLE_CHOICE, 3, AWARE, Set.of(Level.INTERMEDIATE)),
                AssemblyItem.of("C", 1, "Z4", MULTIPLE_CHOICE, 3, AWARE, Set.of(Level.INTERMEDIATE)),
                AssemblyItem.of("D", 1, "Z4", SINGLE_CHOICE, 3, FAMILIAR, Set.of(Level.INTERMEDIATE)));
        Blueprint blueprint = blueprint(
                4,
                List.of(Section.range(SINGLE_CHOICE, 0, 4, 1), Section.range(MULTIPLE_CHOICE, 0, 2, 2)),
                List.of(ShareRow.count(RowScope.cognitive(AWARE), 0, 2)));
        PaperChecker checker = new PaperChecker(blueprint, TAXONOMY, bank);
        Paper threeAware = new Paper(
                "counts",
                1,
                List.of(
                        new PaperItem(new ItemRef("A", 1), SINGLE_CHOICE, 1, 0.6),
                        new PaperItem(new ItemRef("B", 1), SINGLE_CHOICE, 1, 0.6),
                        new PaperItem(new ItemRef("C", 1), MULTIPLE_CHOICE, 2, 0.6)));
        assertThat(checker.check(threeAware, Set.of()).violations()).containsExactly("了解（题数）：有 3 题，应为至多 2 题");
        AssemblyResult result = PaperAssembly.prepare(blueprint, TAXONOMY, bank).assemble(AssemblyRequest.seeded(1));
        assertThat(result.isAssembled()).isTrue();
        // A, B and C would make 4 points with three 了解 questions: the paper must take D and C
        assertThat(result.paper().refs())
                .extracting(ItemRef::id)
                .contains("C", "D")
                .hasSize(3);
        assertThat(checker.check(result.paper(), Set.of()).violations()).isEmpty();
    }
}
