package org.jianding.app.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionGroupings;
import org.jianding.app.questions.WorkflowAction;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.assembly.AssemblyRequest;
import org.jianding.bank.assembly.AssemblyResult;
import org.jianding.bank.assembly.Blueprint;
import org.jianding.bank.assembly.ItemRef;
import org.jianding.bank.assembly.PaperAssembly;
import org.jianding.bank.assembly.Section;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SingleChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A question added, edited, retired or regrouped is applied to the cached bank and to the prepared assemblies without
 * reading the bank anew, and the next paper sees it; a change the watermark cannot see (a row deleted on another
 * node) still reaches the snapshot, by reading the bank anew.
 */
@SpringBootTest
@WithMockUser(username = "author", roles = "AUTHOR")
class BankSnapshotUpdatesTests {

    @Autowired
    BankSnapshots snapshots;

    @Autowired
    QuestionBank bank;

    @Autowired
    QuestionGroupings groupings;

    @Autowired
    Accounts accounts;

    @Autowired
    MeterRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    long author;
    long reviewer;

    @BeforeEach
    void users() {
        author = accounts.findByEmployeeNo("author").orElseThrow().id();
        reviewer = accounts.findByEmployeeNo("reviewer").orElseThrow().id();
    }

    /** One 单选 of one point at 中级: any active 中级 单选 of the bank fits. */
    static final Blueprint ONE_QUESTION = new Blueprint(
            "快照增量 " + System.nanoTime(),
            Level.INTERMEDIATE,
            1,
            Duration.ofMinutes(5),
            1,
            List.of(new Section(QuestionType.SINGLE_CHOICE, 1, 1)),
            List.of());

    @Test
    void appliesAnAddedEditedRegroupedAndRetiredQuestionWithoutReadingTheBankAnew() {
        snapshots.assembly(ONE_QUESTION, snapshots.take()); // whatever came before, the cache is now current
        double rebuilds = count("jianding.bank.snapshot.rebuilds");
        double updates = count("jianding.bank.snapshot.updates");

        long id = bank.create(question("增量快照：新题", 2), author, null, org.jianding.app.questions.QuestionStatus.ACTIVE)
                .question()
                .id();
        BankSnapshot added = snapshots.take();
        PaperAssembly assembly = snapshots.assembly(ONE_QUESTION, added);
        assertThat(paperOnly(assembly, added, id)).containsExactly(new ItemRef(String.valueOf(id), 1));
        assertThat(count("jianding.bank.snapshot.updates")).isEqualTo(updates + 1);

        bank.edit(id, question("增量快照：新题（修订）", 4), author, 1, "改难度");
        BankSnapshot drafted = snapshots.take();
        assertThat(paperOnly(snapshots.assembly(ONE_QUESTION, drafted), drafted, id))
                .isEmpty();
        bank.act(id, WorkflowAction.SUBMIT, author, null);
        bank.act(id, WorkflowAction.APPROVE, reviewer, null);
        bank.act(id, WorkflowAction.ACTIVATE, reviewer, null);
        BankSnapshot edited = snapshots.take();
        PaperAssembly afterEdit = snapshots.assembly(ONE_QUESTION, edited);
        assertThat(afterEdit.eligibleItems()).isEqualTo(assembly.eligibleItems());
        assertThat(paperOnly(afterEdit, edited, id)).containsExactly(new ItemRef(String.valueOf(id), 2));
        assertThat(engineItem(edited, id).difficulty()).isEqualTo(Difficulty.of(4));

        String group = "增量互斥" + System.nanoTime() % 100_000;
        groupings.update(id, List.of(group), null);
        BankSnapshot regrouped = snapshots.take();
        assertThat(engineItem(regrouped, id).mutexGroups()).containsExactly(group);

        bank.act(id, WorkflowAction.RETIRE, reviewer, "增量快照测试");
        BankSnapshot retired = snapshots.take();
        PaperAssembly afterRetire = snapshots.assembly(ONE_QUESTION, retired);
        assertThat(afterRetire.eligibleItems()).isEqualTo(assembly.eligibleItems() - 1);
        assertThat(paperOnly(afterRetire, retired, id)).isEmpty();

        assertThat(count("jianding.bank.snapshot.rebuilds")).isEqualTo(rebuilds);
        assertThat(count("jianding.bank.snapshot.updates")).isEqualTo(updates + 5);
        // the updated index is the index of the bank as read now
        PaperAssembly scratch = PaperAssembly.prepare(ONE_QUESTION, retired.taxonomy(), retired.assemblyItems());
        for (long seed = 0; seed < 5; seed++) {
            assertThat(afterRetire.assemble(AssemblyRequest.seeded(seed)))
                    .isEqualTo(scratch.assemble(AssemblyRequest.seeded(seed)));
        }
    }

    @Test
    void readsTheBankAnewWhenARowIsDeletedBehindItsBack() {
        long id = bank.create(question("增量快照：将被删除", 3), author, null, org.jianding.app.questions.QuestionStatus.ACTIVE)
                .question()
                .id();
        assertThat(engineItem(snapshots.take(), id)).isNotNull();
        double rebuilds = count("jianding.bank.snapshot.rebuilds");
        // another node removes the question's rows without touching anything the watermark sees
        jdbc.update(
                "UPDATE question SET status = 'RETIRED', updated_at = ? WHERE id = ?",
                java.sql.Timestamp.valueOf("2000-01-01 00:00:00"),
                id);

        BankSnapshot after = snapshots.take();
        assertThat(after.assemblyItems()).noneMatch(i -> i.id().equals(String.valueOf(id)));
        assertThat(count("jianding.bank.snapshot.rebuilds")).isEqualTo(rebuilds + 1);
    }

    /** The paper of ONE_QUESTION drawn with every other item excluded: the question when it is in the pool. */
    private static List<ItemRef> paperOnly(PaperAssembly assembly, BankSnapshot snapshot, long id) {
        Set<String> others = snapshot.assemblyItems().stream()
                .map(AssemblyItem::id)
                .filter(i -> !i.equals(String.valueOf(id)))
                .collect(Collectors.toSet());
        AssemblyResult result = assembly.assemble(AssemblyRequest.seeded(1).excluding(others));
        return result.isAssembled()
                ? result.paper().items().stream().map(i -> i.ref()).toList()
                : List.of();
    }

    private static AssemblyItem engineItem(BankSnapshot snapshot, long id) {
        return snapshot.assemblyItems().stream()
                .filter(i -> i.id().equals(String.valueOf(id)))
                .findFirst()
                .orElse(null);
    }

    private double count(String meter) {
        return registry.counter(meter).count();
    }

    private static Question question(String stem, int difficulty) {
        return new Question(
                stem + " " + System.nanoTime(),
                new SingleChoice(
                        List.of(new Option("A", "甲"), new Option("B", "乙"), new Option("C", "丙"), new Option("D", "丁")),
                        "B"),
                BigDecimal.ONE,
                "因为乙正确。",
                "G3",
                List.of(),
                Difficulty.of(difficulty),
                CognitiveLevel.FAMILIAR,
                EnumSet.of(Level.JUNIOR, Level.INTERMEDIATE),
                "");
    }
}
