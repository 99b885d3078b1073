package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.item.QuestionType.SINGLE_CHOICE;
import static org.jianding.bank.item.QuestionType.TRUE_FALSE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;

/** 互斥 groups of any shape and item sets (题组) through the engine, the checker and the diagnosis. */
class GroupsAndSetsTests {

    static final Taxonomy TAXONOMY = AssemblyFixture.taxonomy();

    static AssemblyItem item(String id, String leaf, QuestionType type, int difficulty) {
        return AssemblyItem.of(id, 1, leaf, type, difficulty, CognitiveLevel.FAMILIAR, Set.of(Level.JUNIOR));
    }

    static Blueprint small(int singles, int trueFalse, List<ShareRow> rows) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(SINGLE_CHOICE, singles, 1));
        sections.add(new Section(TRUE_FALSE, trueFalse, 1));
        int total = singles + trueFalse;
        return new Blueprint("small", Level.JUNIOR, total, Duration.ofMinutes(10), 1, sections, rows);
    }

    @Test
    void statesTheTrueMaximumWhenAGroupSpansItemClasses() {
        // two 判断 of one 互斥 group in different classes (one is 难): at most 2 of the 3 判断 can appear together
        List<AssemblyItem> bank = List.of(
                item("S1", "G1", SINGLE_CHOICE, 3),
                item("T1", "G1", TRUE_FALSE, 2).withMutexGroup("甲"),
                item("T2", "G3", TRUE_FALSE, 4).withMutexGroup("甲"),
                item("T3", "Z31", TRUE_FALSE, 3));
        Blueprint blueprint = small(1, 3, List.of(ShareRow.of(RowScope.difficulty(4, 5), 25, 25)));
        AssemblyResult result = PaperAssembly.prepare(blueprint, TAXONOMY, bank).assemble(AssemblyRequest.seeded(1));
        assertThat(result.isAssembled()).isFalse();
        assertThat(result.diagnosis().proven()).isTrue();
        assertThat(result.diagnosis().messages())
                .anySatisfy(m ->
                        assertThat(m).startsWith("判断：需要 3 题，题库仅有 2 道可用题（差 1 道）").contains("互斥组「甲」"));
    }

    @Test
    void namesTheItemSetThatCannotFitTheSections() {
        // three 单选 of one case must come together, but the paper has only two 单选 places
        List<AssemblyItem> bank = List.of(
                item("S1", "G1", SINGLE_CHOICE, 3).inItemSet("案例一"),
                item("S2", "G1", SINGLE_CHOICE, 3).inItemSet("案例一"),
                item("S3", "G3", SINGLE_CHOICE, 2).inItemSet("案例一"),
                item("S4", "Z31", SINGLE_CHOICE, 3),
                item("T1", "Z31", TRUE_FALSE, 3));
        AssemblyResult result =
                PaperAssembly.prepare(small(2, 1, List.of()), TAXONOMY, bank).assemble(AssemblyRequest.seeded(3));
        assertThat(result.isAssembled()).isFalse();
        Diagnosis diagnosis = result.diagnosis();
        assertThat(diagnosis.proven()).isTrue();
        assertThat(diagnosis.shortfalls()).anySatisfy(s -> {
            assertThat(s.row()).isEqualTo("题组「案例一」");
            assertThat(s.message()).contains("须整组入卷或整组不入卷").contains("S1");
        });
    }

    @Test
    void namesTheMutexGroupAnItemInTwoGroupsDependsOn() {
        // the 法律法规 row needs both G3 items, which share group 乙 (T2 is also in group 丙)
        List<AssemblyItem> bank = List.of(
                item("S1", "G3", SINGLE_CHOICE, 3).withMutexGroup("乙"),
                item("T2", "G3", TRUE_FALSE, 3).withMutexGroup("乙").withMutexGroup("丙"),
                item("T3", "Z31", TRUE_FALSE, 3).withMutexGroup("丙"),
                item("S4", "Z31", SINGLE_CHOICE, 3),
                item("T5", "Z31", TRUE_FALSE, 3));
        Blueprint blueprint = small(1, 1, List.of(ShareRow.of(RowScope.area("G3"), 100, 0)));
        AssemblyResult result = PaperAssembly.prepare(blueprint, TAXONOMY, bank).assemble(AssemblyRequest.seeded(4));
        assertThat(result.isAssembled()).isFalse();
        assertThat(result.diagnosis().proven()).isTrue();
        assertThat(String.join("；", result.diagnosis().messages()))
                .contains("互斥组「乙」")
                .doesNotContain("丙");
    }

    @Test
    void drawsItemSetsWholeOrNotAtAllInPapersAndParallelForms() {
        List<AssemblyItem> bank = new ArrayList<>(AssemblyFixture.bank(6_000, 11));
        for (int i = 0; i + 3 < bank.size(); i += 20) {
            for (int m = i; m < i + 3; m++) {
                bank.set(m, bank.get(m).inItemSet("S" + i).withMutexGroup("M" + m % 7));
            }
        }
        Blueprint blueprint = AssemblyFixture.blueprint();
        PaperAssembly assembly = PaperAssembly.prepare(blueprint, TAXONOMY, bank);
        PaperChecker checker = new PaperChecker(blueprint, TAXONOMY, bank);
        int withSet = 0;
        for (long seed = 0; seed < 60; seed++) {
            Paper paper = assembly.assemble(AssemblyRequest.seeded(seed)).paper();
            assertThat(checker.check(paper, Set.of()).violations())
                    .as("seed %d", seed)
                    .isEmpty();
            withSet += paper.refs().stream().anyMatch(r -> Integer.parseInt(r.id().substring(1)) % 20 < 3) ? 1 : 0;
        }
        assertThat(withSet).as("papers holding an item set").isGreaterThan(0);
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            candidates.add(Candidate.firstAttempt("C" + c));
        }
        FormSet forms = assembly.parallelForms(SessionRequest.of(9, candidates, 23));
        assertThat(forms.forms()).hasSize(20);
        forms.forms()
                .forEach(f -> assertThat(checker.check(f.paper(), Set.of()).violations())
                        .isEmpty());
    }
}
