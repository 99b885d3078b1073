package org.jianding.app.exams;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.papers.PaperDetail;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.papers.PaperSwaps;
import org.jianding.app.papers.Papers;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionImages;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.Question;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Question images on the exam page: a candidate gets an image of their own attempt's paper, but not the bank's
 * image URL, not another candidate's attempt, and not an image that is not on their paper.
 */
@WebTest
class ExamImageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixtures fixtures;

    @Autowired
    QuestionImages images;

    @Autowired
    QuestionBank bank;

    @Autowired
    Papers papers;

    @Autowired
    PaperSwaps swaps;

    @Autowired
    Blueprints blueprints;

    @Autowired
    ExamSessions sessions;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Clock clock;

    @Test
    void candidateGetsOnlyTheImagesOfTheirOwnPaper() throws Exception {
        UserAccount candidate = fixtures.user("cand01");
        long author = fixtures.user(Demo.AUTHOR).id();
        long hr = fixtures.user(Demo.HR).id();
        byte[] onPaper = png(0x3366cc);
        byte[] elsewhere = png(0xcc6633);
        String url = images.store(onPaper, author);
        String otherUrl = images.store(elsewhere, author);

        // a fixed paper whose first question is a copy of the drawn one with the image in its stem
        long version = blueprints
                .current(candidate.post().id(), Level.JUNIOR)
                .orElseThrow()
                .id();
        PaperDetail draft = papers.assemble(version, 11L, hr);
        PaperQuestion first = draft.questions().get(0);
        Question c = first.content();
        Question withImage = new Question(
                c.stem() + "<p>看图作答 " + System.nanoTime() + "：<img src=\"" + url + "\" alt=\"图\"></p>",
                c.body(),
                c.points(),
                c.explanation(),
                c.knowledgePoint(),
                c.secondaryKnowledgePoints(),
                c.difficulty(),
                c.cognitiveLevel(),
                c.levels(),
                c.source());
        long questionId = bank.create(withImage, author, "题图测试", QuestionStatus.ACTIVE)
                .question()
                .id();
        swaps.swap(draft.paper().id(), 1, questionId);
        papers.lock(draft.paper().id());
        papers.publish(draft.paper().id());
        Instant now = clock.instant();
        ExamSession session = sessions.create(
                new SessionDraft(
                        "题图测试 " + now.toEpochMilli(),
                        candidate.post().id(),
                        Level.JUNIOR,
                        draft.paper().id(),
                        null,
                        now.minus(Duration.ofMinutes(1)),
                        now.plus(Duration.ofHours(2)),
                        60,
                        null,
                        0,
                        1,
                        true,
                        true,
                        ResultsRelease.MANUAL,
                        false,
                        null,
                        null),
                hr);
        enrolments.enrolUsers(session.id(), List.of(candidate.id()), hr, false);
        sessions.publish(session.id());
        long attemptId = fixtures.start(session, "cand01");
        String sha = url.substring(url.lastIndexOf('/') + 1);
        String otherSha = otherUrl.substring(otherUrl.lastIndexOf('/') + 1);

        Cookie cand01 = Logins.login(mvc, "cand01", Demo.PASSWORD);
        mvc.perform(get("/exam/attempts/" + attemptId + "/images/" + sha).cookie(cand01))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(onPaper));
        mvc.perform(get("/exam/attempts/" + attemptId + "/images/" + otherSha).cookie(cand01))
                .andExpect(status().isNotFound());
        mvc.perform(get("/exam/attempts/" + attemptId + "/images/not-a-sha").cookie(cand01))
                .andExpect(status().isNotFound());
        mvc.perform(get(url).cookie(cand01)).andExpect(status().isForbidden());

        Cookie cand02 = Logins.login(mvc, "cand02", Demo.PASSWORD);
        mvc.perform(get("/exam/attempts/" + attemptId + "/images/" + sha).cookie(cand02))
                .andExpect(status().isNotFound());
        Cookie hrLogin = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        mvc.perform(get("/exam/attempts/" + attemptId + "/images/" + sha).cookie(hrLogin))
                .andExpect(status().isForbidden());
    }

    private static byte[] png(int rgb) throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 1, rgb);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }
}
