package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.item.QuestionType.CASE_ANALYSIS;
import static org.jianding.bank.item.QuestionType.SINGLE_CHOICE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;

class DiagnosisTests {

    static final Taxonomy TAXONOMY = AssemblyFixture.taxonomy();
    static final List<AssemblyItem> BANK = AssemblyFixture.bank(20_000, 7);
    static final ShareRow LAW_HARD_SINGLE =
            ShareRow.of(RowScope.area("G3").withDifficulty(5, 5).withType(SINGLE_CHOICE), 4, 0);

    static boolean lawHardSingle(AssemblyItem item) {
        return item.leaf().equals("G3") && item.difficulty().value() == 5 && item.type() == SINGLE_CHOICE;
    }

    /** The bank with only the first {@code keep} eligible items that match. */
    static List<AssemblyItem> keepOnly(Predicate<AssemblyItem> matching, int keep) {
        List<AssemblyItem> items = new ArrayList<>();
        int kept = 0;
        for (AssemblyItem item : BANK) {
            boolean eligible = item.levels().contains(Level.INTERMEDIATE);
            if (!matching.test(item) || eligible && kept++ < keep) {
                items.add(item);
            }
        }
        return items;
    }

    static Diagnosis diagnose(Blueprint blueprint, List<AssemblyItem> bank, AssemblyRequest request) {
        AssemblyResult result = PaperAssembly.prepare(blueprint, TAXONOMY, bank).assemble(request);
        assertThat(result.isAssembled()).isFalse();
        return result.diagnosis();
    }

    @Test
    void namesTheCrossRowTheBankCannotFillAndByHowMuch() {
        Blueprint blueprint = AssemblyFixture.blueprint(List.of(LAW_HARD_SINGLE));
        Diagnosis diagnosis =
                diagnose(blueprint, keepOnly(DiagnosisTests::lawHardSingle, 1), AssemblyRequest.seeded(1));
        assertThat(diagnosis.proven()).isTrue();
        assertThat(diagnosis.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.row()).isEqualTo("法律法规 × 难 × 单选");
            assertThat(s.needed()).isEqualTo(4);
            assertThat(s.available()).isEqualTo(1);
            assertThat(s.message()).isEqualTo("法律法规 × 难 × 单选：需要 4 题，题库仅有 1 道可用题（差 3 道）");
        });
    }

    @Test
    void namesATypeTheBankHasTooFewOf() {
        Diagnosis diagnosis = diagnose(
                AssemblyFixture.blueprint(), keepOnly(i -> i.type() == CASE_ANALYSIS, 0), AssemblyRequest.seeded(1));
        assertThat(diagnosis.messages()).contains("案例分析：需要 1 题，题库仅有 0 道可用题（差 1 道）");
    }

    @Test
    void countsItemsTheReTakerSawAsMissing() {
        List<AssemblyItem> bank = keepOnly(DiagnosisTests::lawHardSingle, 4);
        Blueprint blueprint = AssemblyFixture.blueprint(List.of(LAW_HARD_SINGLE));
        PaperAssembly assembly = PaperAssembly.prepare(blueprint, TAXONOMY, bank);
        Paper first = assembly.assemble(AssemblyRequest.seeded(1)).paper();
        String seenLawItem = first.refs().stream()
                .map(ItemRef::id)
                .filter(id -> bank.stream().anyMatch(i -> i.id().equals(id) && lawHardSingle(i)))
                .findFirst()
                .orElseThrow();
        Diagnosis diagnosis =
                diagnose(blueprint, bank, AssemblyRequest.seeded(2).excluding(Set.of(seenLawItem)));
        assertThat(diagnosis.shortfalls())
                .singleElement()
                .satisfies(s -> assertThat(s.missing()).isEqualTo(1));
    }

    @Test
    void namesRowsThatConflictOnlyTogether() {
        Blueprint blueprint = AssemblyFixture.blueprint(List.of(
                ShareRow.of(RowScope.area("G3").withType(CASE_ANALYSIS), 8, 0),
                ShareRow.of(RowScope.area("S1").withType(CASE_ANALYSIS), 8, 0)));
        Diagnosis diagnosis = diagnose(blueprint, BANK, AssemblyRequest.seeded(3));
        assertThat(diagnosis.proven()).isTrue();
        assertThat(diagnosis.shortfalls()).extracting(Shortfall::row).containsExactly("法律法规 × 案例分析", "需求分析 × 案例分析");
        assertThat(diagnosis.shortfalls())
                .allSatisfy(s -> assertThat(s.missing()).isEqualTo(8));
    }

    @Test
    void namesARowTheOtherItemsCannotKeepSmallEnough() {
        List<AssemblyItem> onlyLawForTrueFalse = BANK.stream()
                .filter(i -> i.type() != org.jianding.bank.item.QuestionType.TRUE_FALSE
                        || i.leaf().equals("G3"))
                .toList();
        Diagnosis diagnosis = diagnose(AssemblyFixture.blueprint(), onlyLawForTrueFalse, AssemblyRequest.seeded(4));
        assertThat(diagnosis.messages()).contains("法律法规：至多 8 分，但其余可用题不足，本行至少要占 10 分（超出 2 分）");
    }

    @Test
    void namesAnAreaWhoseItemsAreAllHardAndASmallHardShareAsAMinimalPair() {
        List<AssemblyItem> lawIsHard = BANK.stream()
                .filter(i -> !i.leaf().equals("G3") || i.difficulty().value() == 5)
                .toList();
        Blueprint blueprint = AssemblyFixture.blueprint(List.of(ShareRow.of(RowScope.difficulty(5, 5), 2, 0)));
        Diagnosis diagnosis = diagnose(blueprint, lawIsHard, AssemblyRequest.seeded(5));
        assertThat(diagnosis.proven()).isTrue();
        assertThat(diagnosis.summary()).isEqualTo("在题型、题数不变时，比重表的 2 行不能同时满足");
        assertThat(diagnosis.shortfalls()).extracting(Shortfall::row).containsExactlyInAnyOrder("法律法规", "难");
        assertThat(diagnosis.messages())
                .contains("法律法规：需要至少 4 分（占 4%），但与 难 同时满足时最多只能有 2 分（占 2%）（差 2 分）；其余不变，只需把本行放宽到 2 分（占 2%）即可组卷")
                .contains("难：至多 2 分（占 2%），但与 法律法规 同时满足时至少要有 4 分（占 4%）（超出 2 分）；其余不变，只需把本行放宽到 4 分（占 4%）即可组卷");
    }

    @Test
    void namesARowWhosePointsCannotAddUp() {
        // 简答 items carry 4 points each, so 6 points of 岗位基础知识 × 简答 cannot be made
        Blueprint blueprint = AssemblyFixture.blueprint(List.of(
                ShareRow.of(RowScope.area("J").withType(org.jianding.bank.item.QuestionType.SHORT_ANSWER), 6, 0)));
        Diagnosis diagnosis = diagnose(blueprint, BANK, AssemblyRequest.seeded(6));
        assertThat(diagnosis.proven()).isTrue();
        assertThat(diagnosis.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.row()).isEqualTo("岗位基础知识 × 简答");
            assertThat(s.needed()).isEqualTo(6);
            assertThat(s.available()).isIn(4, 8);
            assertThat(s.message()).startsWith("岗位基础知识 × 简答：要求正好 6 分（占 6%），但按各题型的分值与可用题凑不出这个分数，最接近的是 ");
        });
    }

    @Test
    void acceptsAsManyRowsAsHrWrites() {
        List<ShareRow> rows = new ArrayList<>();
        for (String leaf : AssemblyFixture.LEAVES) {
            for (int d = 1; d <= 5; d++) {
                rows.add(ShareRow.of(RowScope.area(leaf).withDifficulty(d, d), 0, 10));
            }
        }
        Blueprint blueprint = AssemblyFixture.blueprint(rows);
        assertThat(blueprint.rows()).hasSizeGreaterThan(100);
        AssemblyResult result = PaperAssembly.prepare(blueprint, TAXONOMY, BANK).assemble(AssemblyRequest.seeded(7));
        assertThat(result.isAssembled()).isTrue();
        assertThat(new PaperChecker(blueprint, TAXONOMY, BANK)
                        .check(result.paper(), Set.of())
                        .violations())
                .isEmpty();
    }
}
