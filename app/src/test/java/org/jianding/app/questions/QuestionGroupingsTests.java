package org.jianding.app.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.jianding.app.blueprints.BankSnapshot;
import org.jianding.app.blueprints.BankSnapshots;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.assembly.AssemblyItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** 互斥 groups and item sets kept on questions, audited, and carried into the bank snapshot the engine reads. */
@SpringBootTest
@WithMockUser(username = "author", roles = "AUTHOR")
class QuestionGroupingsTests {

    @Autowired
    QuestionGroupings groupings;

    @Autowired
    BankSnapshots snapshots;

    @Autowired
    JdbcTemplate jdbc;

    private List<Long> activeQuestions(int n) {
        return jdbc.queryForList(
                "SELECT id FROM question WHERE status = 'ACTIVE' ORDER BY id DESC LIMIT " + n, Long.class);
    }

    @Test
    void keepsSeveralGroupsAndOneSetPerQuestionAndAuditsTheChange() {
        List<Long> ids = activeQuestions(3);
        long q = ids.get(0);
        String g1 = "互斥甲" + System.nanoTime() % 10_000;
        String g2 = "互斥乙" + System.nanoTime() % 10_000;
        groupings.update(q, QuestionGroupings.split(g1 + "，" + g2 + " " + g1), " 案例一 ");
        groupings.update(ids.get(1), List.of(g1), "案例一");

        assertThat(groupings.of(q)).isEqualTo(new QuestionGrouping(Set.of(g1, g2), "案例一"));
        assertThat(groupings.groupMembers(q).get(g1)).containsExactlyInAnyOrder(q, ids.get(1));
        assertThat(groupings.setMembers(q)).contains(q, ids.get(1));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'question.grouping' AND target_id = ?",
                        Integer.class,
                        String.valueOf(q)))
                .isGreaterThanOrEqualTo(1);

        groupings.update(q, List.of(), "");
        groupings.update(ids.get(1), List.of(), null);
        assertThat(groupings.of(q).isEmpty()).isTrue();
    }

    @Test
    void refusesNamesTooLongAndTooManyGroups() {
        long q = activeQuestions(1).get(0);
        assertThatThrownBy(() -> groupings.update(q, List.of("长".repeat(61)), null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("question.grouping.nameTooLong");
        List<String> eleven =
                java.util.stream.IntStream.range(0, 11).mapToObj(i -> "G" + i).toList();
        assertThatThrownBy(() -> groupings.update(q, eleven, null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("question.grouping.tooMany");
    }

    @Test
    void theSnapshotIsSharedUntilTheBankChangesAndCarriesGroupsAndSets() {
        BankSnapshot first = snapshots.take();
        assertThat(snapshots.take()).isSameAs(first);
        long q = activeQuestions(1).get(0);
        String group = "快照互斥" + System.nanoTime() % 10_000;
        groupings.update(q, List.of(group), "快照题组");

        BankSnapshot after = snapshots.take();
        assertThat(after).isNotSameAs(first);
        AssemblyItem item = after.assemblyItems().stream()
                .filter(i -> i.id().equals(String.valueOf(q)))
                .findFirst()
                .orElseThrow();
        assertThat(item.mutexGroups()).containsExactly(group);
        assertThat(item.itemSet()).isEqualTo("快照题组");
        // a change written by another node (straight into the database) is seen through the fingerprint
        jdbc.update("DELETE FROM question_item_set WHERE question_id = ?", q);
        BankSnapshot third = snapshots.take();
        assertThat(third).isNotSameAs(after);
        assertThat(third.grouping(q).itemSet()).isNull();
        groupings.update(q, List.of(), null);
    }
}
