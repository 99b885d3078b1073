package org.jianding.app.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.jianding.bank.statistics.ItemFlag;
import org.jianding.bank.statistics.Observation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Kept statistics on the real database: pooled per level, replaced per session, flags from the thresholds on. */
@SpringBootTest
@WithMockUser(username = "author", roles = "AUTHOR")
class QuestionStatisticsTests {

    private static final AtomicLong SESSIONS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 8_000_000_000L);

    @Autowired
    QuestionBank bank;

    @Autowired
    QuestionStatistics statistics;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private StoredQuestion activeQuestion() {
        long author = accounts.findByEmployeeNo("author").orElseThrow().id();
        String stem = "统计回馈" + System.nanoTime();
        long id = bank.create(QuestionFixture.singleChoice(stem, "G1"), author, null, QuestionStatus.ACTIVE)
                .question()
                .id();
        return bank.get(id);
    }

    private static Observation seen(int n, double p, double d, int a, int b, int c, int dd) {
        return new Observation(
                n,
                p,
                d,
                List.of(
                        new Observation.Option("A", a, -0.2),
                        new Observation.Option("B", b, 0.3),
                        new Observation.Option("C", c, -0.5),
                        new Observation.Option("D", dd, -0.6)));
    }

    @Test
    void sessionsArePooledPerLevelAndASessionFedAgainReplacesItsRows() {
        StoredQuestion q = activeQuestion();
        long s1 = SESSIONS.incrementAndGet();
        long s2 = SESSIONS.incrementAndGet();
        statistics.recordSession(s1, Level.INTERMEDIATE, Map.of(q.id(), seen(10, 0.8, 40, 1, 8, 1, 0)));
        statistics.recordSession(s2, Level.INTERMEDIATE, Map.of(q.id(), seen(19, 0.5, 10, 4, 10, 3, 2)));
        statistics.recordSession(s2, Level.INTERMEDIATE, Map.of(q.id(), seen(19, 0.5, 10, 4, 10, 3, 2)));
        statistics.recordSession(
                SESSIONS.incrementAndGet(), Level.JUNIOR, Map.of(q.id(), seen(50, 0.99, 5, 0, 50, 0, 0)));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM question_statistic WHERE question_id = ?", Integer.class, q.id()))
                .isEqualTo(3);

        List<QuestionStatistics.AtLevel> levels = statistics.of(q);
        QuestionStatistics.AtLevel mid = levels.stream()
                .filter(a -> a.level() == Level.INTERMEDIATE)
                .findFirst()
                .orElseThrow();
        // worked here: 29 responses, facility (10·0.8 + 19·0.5)/29, discrimination (10·40 + 19·10)/29
        assertThat(mid.observed().responses()).isEqualTo(29);
        assertThat(mid.observed().sittings()).isEqualTo(2);
        assertThat(mid.observed().facility()).isCloseTo((8 + 9.5) / 29, within(1e-12));
        assertThat(mid.observed().discrimination()).isCloseTo(590.0 / 29, within(1e-12));
        assertThat(mid.observed().count("D")).isEqualTo(2);
        assertThat(mid.flags()).as("29 responses: below the minimum, no flag").isEmpty();

        // one more response at the level reaches 30: the flags appear (discrimination 590/29 + ... below 20)
        statistics.recordSession(
                SESSIONS.incrementAndGet(), Level.INTERMEDIATE, Map.of(q.id(), seen(1, 0, 0, 1, 0, 0, 0)));
        mid = statistics.of(q).stream()
                .filter(a -> a.level() == Level.INTERMEDIATE)
                .findFirst()
                .orElseThrow();
        assertThat(mid.observed().responses()).isEqualTo(30);
        assertThat(mid.observed().discrimination()).isCloseTo(590.0 / 30, within(1e-12));
        assertThat(mid.flags()).extracting(ItemFlag::kind).containsExactly(ItemFlag.Kind.LOW_DISCRIMINATION);

        QuestionStatistics.AtLevel junior = statistics.of(q).stream()
                .filter(a -> a.level() == Level.JUNIOR)
                .findFirst()
                .orElseThrow();
        assertThat(junior.flags())
                .extracting(ItemFlag::kind, ItemFlag::option)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ItemFlag.Kind.TOO_EASY, null),
                        org.assertj.core.groups.Tuple.tuple(ItemFlag.Kind.LOW_DISCRIMINATION, null),
                        org.assertj.core.groups.Tuple.tuple(ItemFlag.Kind.UNUSED_DISTRACTOR, "A"),
                        org.assertj.core.groups.Tuple.tuple(ItemFlag.Kind.UNUSED_DISTRACTOR, "C"),
                        org.assertj.core.groups.Tuple.tuple(ItemFlag.Kind.UNUSED_DISTRACTOR, "D"));
        assertThat(statistics.atLevel(Level.JUNIOR).get(q.id()).facility()).isEqualTo(0.99);
    }

    @Test
    void onlyAFlaggedActiveQuestionIsSentToReviewAndTheEvidenceStays() {
        StoredQuestion q = activeQuestion();
        long author = accounts.findByEmployeeNo("author").orElseThrow().id();
        statistics.recordSession(
                SESSIONS.incrementAndGet(), Level.INTERMEDIATE, Map.of(q.id(), seen(40, 0.5, 35, 10, 20, 5, 5)));
        assertThatThrownBy(() -> statistics.sendToReview(q.id(), Level.INTERMEDIATE, author, null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("question.statistics.notFlagged"));

        statistics.recordSession(
                SESSIONS.incrementAndGet(), Level.JUNIOR, Map.of(q.id(), seen(40, 0.1, -12, 30, 4, 3, 3)));
        StoredQuestion sent = statistics.sendToReview(q.id(), Level.JUNIOR, author, "请核对答案");
        assertThat(sent.status()).isEqualTo(QuestionStatus.SUBMITTED);
        var evidence = statistics.evidenceInReview(sent).orElseThrow();
        assertThat(evidence.level()).isEqualTo(Level.JUNIOR);
        assertThat(evidence.note()).isEqualTo("请核对答案");
        assertThat(evidence.lines())
                .contains("四级(初级)：1 场考试，40 人次作答；得分率 0.100；区分度指数 -12.0")
                .contains("过难：得分率 0.100 低于 0.20")
                .contains("区分度为负：-12.0，强者反而答错");
        assertThatThrownBy(() -> statistics.sendToReview(q.id(), Level.JUNIOR, author, null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("question.statistics.notActive"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'question.statisticsReview' AND target_id = ?",
                        Integer.class,
                        String.valueOf(q.id())))
                .isEqualTo(1);
    }
}
