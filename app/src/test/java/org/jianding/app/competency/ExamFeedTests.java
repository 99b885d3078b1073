package org.jianding.app.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.grading.AnsweredAttempts;
import org.jianding.app.grading.Errata;
import org.jianding.app.grading.ErratumDraft;
import org.jianding.app.grading.ErratumKind;
import org.jianding.app.grading.ItemResult;
import org.jianding.app.grading.ResultView;
import org.jianding.app.grading.Results;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.bank.Level;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@Import({ExamFixture.class, AnsweredAttempts.class})
@WithMockUser(username = "officer", roles = "OFFICER")
class ExamFeedTests {

    private static final Map<String, String> ITEM_OF_AREA =
            Map.of("G", "GENERAL_KNOWLEDGE", "P", "PROFESSIONAL_KNOWLEDGE", "J", "POST_KNOWLEDGE", "S", "POST_SKILL");

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Results results;

    @Autowired
    Errata errata;

    @Autowired
    ValueRepository values;

    @Autowired
    ExamFeed feed;

    @Autowired
    CompetencyProfiles profiles;

    @Autowired
    ExamFeedTrigger trigger;

    @Autowired
    SweepRepository sweeps;

    @Test
    void releaseFeedsEachExaminedKnowledgeItemWithScoreLevelAndLinkAndAChangeAddsANewValue() throws Exception {
        long a = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("能力素质成绩"), List.of(a), fixture.hr());
        ResultView sat = sitting.sit(session.id(), a, q -> q.position() % 3 != 0);
        assertThat(values.ofPerson(a, Instant.now()))
                .as("nothing before release")
                .isEmpty();

        results.release(session.id());
        List<CompetencyValue> fed = await(a, 1);
        Map<String, BigDecimal> expected = byHand(results.derivation(sat.attemptId()));
        assertThat(expected)
                .as("the default blueprint examines all four top areas")
                .hasSize(4);
        assertThat(fed).hasSize(4);
        for (CompetencyValue v : fed) {
            BigDecimal score = expected.get(v.itemCode());
            assertThat(score).as(v.itemCode()).isNotNull();
            assertThat(v.score()).as(v.itemCode()).isEqualByComparingTo(score);
            assertThat(v.level()).as(v.itemCode() + " at " + score).isEqualTo(bands(score));
            assertThat(v.source()).isEqualTo(ValueSource.EXAM);
            assertThat(v.attemptId()).isEqualTo(sat.attemptId());
            assertThat(v.resultRevision()).isEqualTo(1);
            assertThat(v.sourceLabel()).isEqualTo("能力素质成绩");
            assertThat(v.modelVersion()).isPositive();
        }

        assertThat(feed.feed(session.id(), null))
                .as("a second run (sweep, other node) records nothing")
                .isZero();
        assertThat(values.ofPerson(a, Instant.now())).hasSize(4);

        // a question voided with full points after release: the result changes, so its items get new values
        PaperQuestion wrong = sitting.paperOf(sat.attemptId()).questions().stream()
                .filter(q -> q.position() % 3 == 0 && q.points() > 0)
                .filter(q -> q.content().type() == QuestionType.SINGLE_CHOICE)
                .findFirst()
                .orElseThrow();
        long officer =
                fixture.accounts.findByEmployeeNo("officer").orElseThrow().id();
        errata.apply(
                session.id(),
                new ErratumDraft(wrong.questionId(), ErratumKind.VOID_FULL_POINTS, null, "题目有误"),
                officer);
        ResultView changed = results.derivation(sat.attemptId());
        assertThat(changed.revision()).isEqualTo(2);
        List<CompetencyValue> all = await(a, 2);
        assertThat(all).hasSize(8);
        Map<String, BigDecimal> after = byHand(changed);
        List<CompetencyValue> newest =
                all.stream().filter(v -> v.resultRevision() == 2).toList();
        assertThat(newest).hasSize(4).allSatisfy(v -> {
            assertThat(v.score()).isEqualByComparingTo(after.get(v.itemCode()));
            assertThat(v.level()).isEqualTo(bands(after.get(v.itemCode())));
        });
        String area = wrong.content().knowledgePoint().substring(0, 1);
        String item = ITEM_OF_AREA.get(area);
        assertThat(after.get(item)).as("the voided question's item rose").isGreaterThan(expected.get(item));

        CompetencyProfile profile = profiles.profile(a, fixture.post().id(), Level.JUNIOR, Instant.now());
        CompetencyProfile.Item p = profile.items().stream()
                .filter(i -> i.code().equals(item))
                .findFirst()
                .orElseThrow();
        assertThat(p.assessed()).isEqualTo(bands(after.get(item)));
        assertThat(p.source()).startsWith("成绩 能力素质成绩");

        // values a stopped node never recorded: the sweep records them, once
        fixture.jdbc.update("DELETE FROM competency_value WHERE user_id = ? AND result_revision = 2", a);
        assertThat(values.ofPerson(a, Instant.now())).hasSize(4);
        trigger.sweep();
        assertThat(values.ofPerson(a, Instant.now()))
                .hasSize(8)
                .filteredOn(v -> v.resultRevision() == 2)
                .extracting(CompetencyValue::score)
                .containsExactlyInAnyOrderElementsOf(
                        newest.stream().map(CompetencyValue::score).toList());
        trigger.sweep();
        assertThat(values.ofPerson(a, Instant.now())).hasSize(8);
    }

    @Test
    void theSweepRecordsAResultReleasedNowOfASessionOpenedLongAgoAndMovesItsWatermark() throws Exception {
        long a = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("半年前的考试"), List.of(a), fixture.hr());
        ResultView sat = sitting.sit(session.id(), a, q -> q.position() % 2 == 0);
        // the session opened 200 days ago (a late re-mark, a long appeal): older than any window of sessions
        fixture.jdbc.update(
                "UPDATE exam_session SET opens_at = ?, closes_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(200))),
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(199))),
                session.id());
        Instant before = Instant.now();
        results.release(session.id());
        assertThat(await(a, 1)).hasSize(4);

        // a node stopped between the release's commit and the feed: nothing recorded
        fixture.jdbc.update("DELETE FROM competency_value WHERE attempt_id = ?", sat.attemptId());
        trigger.sweep();
        assertThat(values.ofPerson(a, Instant.now()))
                .hasSize(4)
                .allSatisfy(v -> assertThat(v.attemptId()).isEqualTo(sat.attemptId()));
        assertThat(sweeps.sweptUntil(ExamFeed.SWEEP))
                .as("a complete sweep moves the watermark to when it started")
                .hasValueSatisfying(until -> assertThat(until).isAfterOrEqualTo(before.minusMillis(1)));

        // grading answers cheaply which results were released or changed since an instant
        assertThat(results.releasedSince(before.minusMillis(1)))
                .extracting(r -> r.attemptId())
                .contains(sat.attemptId());
        assertThat(results.releasedSince(Instant.now().plusSeconds(3600)))
                .extracting(r -> r.attemptId())
                .doesNotContain(sat.attemptId());
    }

    /** Σ earned / Σ max × 100 per top area from the result's items, two decimals half-up. */
    static Map<String, BigDecimal> byHand(ResultView r) {
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (ItemResult i : r.items()) {
            String item = ITEM_OF_AREA.get(i.area().substring(0, 1));
            BigDecimal[] s = sums.computeIfAbsent(item, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(i.earned());
            s[1] = s[1].add(i.max());
        }
        Map<String, BigDecimal> scores = new HashMap<>();
        sums.forEach((item, s) -> {
            if (s[1].signum() > 0) {
                scores.put(item, s[0].multiply(BigDecimal.valueOf(100)).divide(s[1], 2, RoundingMode.HALF_UP));
            }
        });
        return scores;
    }

    /** The seeded bands: ≥90 资深, ≥80 高级, ≥70 中级, ≥60 初级, else none. */
    static Level bands(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return Level.EXPERT;
        } else if (score.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return Level.SENIOR;
        } else if (score.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return Level.INTERMEDIATE;
        } else if (score.compareTo(BigDecimal.valueOf(60)) >= 0) {
            return Level.JUNIOR;
        }
        return null;
    }

    private List<CompetencyValue> await(long person, int revisions) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            List<CompetencyValue> found = values.ofPerson(person, Instant.now().plusSeconds(60));
            if (found.stream().map(CompetencyValue::resultRevision).distinct().count() >= revisions) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the release was not fed within 30 s");
    }
}
