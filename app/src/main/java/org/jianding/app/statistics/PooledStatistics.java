package org.jianding.app.statistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jianding.app.exams.ExamRecords;
import org.jianding.app.grading.ItemMarks;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.Papers;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.StoredQuestion;
import org.jianding.bank.Level;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.statistics.ItemStatistics;
import org.jianding.bank.statistics.Observation;
import org.jianding.bank.statistics.ObservedItem;
import org.jianding.bank.statistics.TestStatistics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics over more than one session, computed from the stored marks like a session's and never stored: a paper's
 * scored attempts pooled over every session that used it (one analysis of all of them, Moodle's definitions, plus each
 * session's test statistics side by side), and one question's statistics in every session whose papers held it (its
 * item statistics within that session's whole analysis, so against that session's totals) with the sessions of a
 * level pooled as the bank pools them ({@link ObservedItem#pool}).
 */
@Service
class PooledStatistics {

    /** One session's attempts on the paper: their test statistics and mean total as a share of the paper's maximum. */
    record Sitting(long sessionId, String title, Level level, TestStatistics test, Double facility) {}

    /** A paper's pooled analysis ({@code pooled}; its level null when the sessions differ) and its sittings. */
    record OfPaper(long paperId, SessionStatistics.Analysed pooled, List<Sitting> sittings) {}

    /** The question in one session: the session's scored candidates and the question's item statistics there. */
    record InSession(long sessionId, String title, Level level, int candidates, ItemStatistics item) {}

    /** The sessions of one level pooled. */
    record AtLevel(Level level, ObservedItem pooled) {}

    record OfQuestion(
            long questionId, QuestionType type, String label, List<InSession> sessions, List<AtLevel> levels) {}

    private final ItemMarks itemMarks;
    private final SessionStatistics sessionStatistics;
    private final ExamRecords exams;
    private final Papers papers;
    private final QuestionBank bank;

    PooledStatistics(
            ItemMarks itemMarks,
            SessionStatistics sessionStatistics,
            ExamRecords exams,
            Papers papers,
            QuestionBank bank) {
        this.itemMarks = itemMarks;
        this.sessionStatistics = sessionStatistics;
        this.exams = exams;
        this.papers = papers;
        this.bank = bank;
    }

    /** An unknown paper is refused as the paper pages refuse it (404). */
    @Transactional(readOnly = true)
    OfPaper ofPaper(long paperId) {
        PaperContent paper = papers.content(paperId);
        Map<Long, Set<Long>> attemptsBySession = new LinkedHashMap<>();
        List<ExamRecords.PaperAttempt> submitted = exams.submittedOnPapers(List.of(paperId));
        for (ExamRecords.PaperAttempt a : submitted) {
            attemptsBySession
                    .computeIfAbsent(a.sessionId(), k -> new HashSet<>())
                    .add(a.attemptId());
        }
        List<ItemMarks.Mark> pooled = new ArrayList<>();
        Map<String, String> areaNames = new LinkedHashMap<>();
        Set<Level> levels = new LinkedHashSet<>();
        List<Sitting> sittings = new ArrayList<>();
        attemptsBySession.forEach((sessionId, attempts) -> {
            ItemMarks.OfSession session = itemMarks.ofSession(sessionId);
            List<ItemMarks.Mark> marks = session.marks().stream()
                    .filter(m -> attempts.contains(m.attemptId()))
                    .toList();
            pooled.addAll(marks);
            areaNames.putAll(session.areaNames());
            levels.add(session.level());
            SessionStatistics.Analysed one =
                    SessionStatistics.analyse(session.title(), session.level(), 0, marks, session.areaNames());
            TestStatistics test = one.statistics().test();
            Double facility = test.mean() == null || one.maxTotal() == 0 ? null : test.mean() / one.maxTotal();
            sittings.add(new Sitting(sessionId, session.title(), session.level(), test, facility));
        });
        int scored = (int)
                pooled.stream().mapToLong(ItemMarks.Mark::attemptId).distinct().count();
        Level level = levels.size() == 1 ? levels.iterator().next() : null;
        SessionStatistics.Analysed analysed =
                SessionStatistics.analyse(paper.paper().title(), level, submitted.size() - scored, pooled, areaNames);
        return new OfPaper(paperId, analysed, sittings);
    }

    /** An unknown question is refused as the bank refuses it (404). */
    @Transactional(readOnly = true)
    OfQuestion ofQuestion(long questionId) {
        StoredQuestion question = bank.get(questionId);
        Set<Long> sessions = new LinkedHashSet<>();
        exams.submittedOnPapers(papers.papersWithQuestion(questionId)).forEach(a -> sessions.add(a.sessionId()));
        List<InSession> in = new ArrayList<>();
        Map<Level, List<Observation>> byLevel = new TreeMap<>();
        for (long sessionId : sessions) {
            SessionStatistics.Analysed analysed = sessionStatistics.of(sessionId);
            for (int i = 0; i < analysed.questions().size(); i++) {
                if (analysed.questions().get(i).questionId() != questionId) {
                    continue;
                }
                ItemStatistics item = analysed.statistics().items().get(i);
                TestStatistics test = analysed.statistics().test();
                in.add(new InSession(sessionId, analysed.title(), analysed.level(), test.count(), item));
                if (analysed.level() != null) {
                    byLevel.computeIfAbsent(analysed.level(), k -> new ArrayList<>())
                            .add(Observation.of(item, test));
                }
            }
        }
        List<AtLevel> levels = new ArrayList<>();
        byLevel.forEach((level, observations) -> levels.add(new AtLevel(level, ObservedItem.pool(observations))));
        String label = "#" + questionId + " " + question.content().type().chineseName();
        return new OfQuestion(questionId, question.content().type(), label, in, levels);
    }
}
