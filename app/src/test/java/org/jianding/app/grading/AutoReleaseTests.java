package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ResultsRelease;
import org.jianding.app.exams.SessionDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "hr", roles = "EXAM_ADMIN")
class AutoReleaseTests {

    @Autowired
    ExamFixture fixture;

    @Autowired
    Attempts attempts;

    @Autowired
    AutoRelease autoRelease;

    @Autowired
    CandidateResults ownResults;

    @Autowired
    AnsweredAttempts answered;

    @Test
    void aSessionSetToReleaseAfterClosingReleasesOnceClosedAndNothingRuns() throws Exception {
        long early = fixture.candidate();
        long late = fixture.candidate();
        var base = fixture.draft("结束后公布");
        var draft = new SessionDraft(
                base.title(),
                base.postId(),
                base.level(),
                null,
                base.blueprintVersionId(),
                base.opensAt(),
                base.closesAt(),
                60,
                null,
                0,
                1,
                false,
                false,
                ResultsRelease.AFTER_CLOSE,
                false,
                null,
                null);
        ExamSession session = fixture.published(draft, List.of(early, late), fixture.hr());
        long handedIn = attempts.start(session.id(), early, "p");
        long running = attempts.start(session.id(), late, "p");
        attempts.handIn(handedIn, early);
        answered.await(handedIn);

        autoRelease.releaseDue();
        assertThat(ownResults.mine(early)).as("the window is still open").isEmpty();

        close(session);
        autoRelease.releaseDue();
        assertThat(ownResults.mine(early)).as("an attempt is still running").isEmpty();

        attempts.handIn(running, late);
        answered.await(running);
        autoRelease.releaseDue(); // (the scheduled run may have got there first; either way, once)
        assertThat(ownResults.mine(early)).hasSize(1);
        assertThat(ownResults.mine(late)).hasSize(1);
        assertThat(autoRelease.releaseDue()).as("nothing left to release").isZero();
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'grading.released' AND target_id = ?",
                        Integer.class,
                        String.valueOf(session.id())))
                .isEqualTo(1);
    }

    @Test
    void aManuallyReleasedSessionIsNeverReleasedByTheJob() throws Exception {
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("手动公布"), List.of(candidate), fixture.hr());
        long attempt = attempts.start(session.id(), candidate, "p");
        attempts.handIn(attempt, candidate);
        answered.await(attempt);
        close(session);

        autoRelease.releaseDue();

        assertThat(ownResults.mine(candidate)).isEmpty();
    }

    private void close(ExamSession session) {
        fixture.jdbc.update(
                "UPDATE exam_session SET closes_at = ? WHERE id = ?",
                java.sql.Timestamp.valueOf(
                        java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1)),
                session.id());
    }
}
