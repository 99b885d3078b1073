package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class SecondLoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Autowired
    Attempts attempts;

    @Autowired
    Proctoring proctoring;

    @Test
    @WithMockUser(username = "hr", roles = "EXAM_ADMIN")
    void loggingInAgainDuringARunningAttemptIsShownToTheProctor() throws Exception {
        long candidate = fixture.candidate();
        String employeeNo = fixture.accounts.get(candidate).employeeNo();
        ExamSession session = fixture.published(fixture.draft("二次登录"), List.of(candidate), fixture.hr());
        ExamSession other = fixture.published(fixture.draft("未开始"), List.of(fixture.candidate()), fixture.hr());

        Logins.login(mvc, employeeNo, "demo1234x");
        assertThat(proctoring.live(session.id()).rows().get(0).events())
                .as("no attempt yet: nothing to report")
                .isEmpty();

        attempts.start(session.id(), candidate, "laptop");
        Logins.login(mvc, employeeNo, "demo1234x");

        assertThat(proctoring.live(session.id()).rows().get(0).events())
                .extracting(LiveView.Event::kind, LiveView.Event::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IntegrityKind.SECOND_DEVICE, "同一账号再次登录"));
        assertThat(proctoring.live(other.id()).rows().get(0).events()).isEmpty();
    }
}
