package org.jianding.app.exams;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jianding.app.exams.db.tables.records.ExamAttemptRecord;
import org.jianding.app.papers.PublishedPapers;
import org.springframework.stereotype.Component;

/**
 * An attempt's questions and options in the order its candidate saw them (the session's shuffle settings and the
 * attempt's seed), for saves, results and answer reviews. The shuffle settings are read once per session: a session
 * can be changed only while it is a draft, and attempts exist only once it is published, so for every attempt they
 * never change; saves, the most frequent request of an exam, then read no exam_session (and no post) row.
 */
@Component
class ShownSheets {

    /** Sessions whose shuffle settings are kept; the map is simply emptied when full. */
    static final int SHUFFLE_CACHE = 10_000;

    private final ExamSessions sessions;
    private final PublishedPapers papers;
    private final Map<Long, Shuffle> shuffles = new ConcurrentHashMap<>();

    ShownSheets(ExamSessions sessions, PublishedPapers papers) {
        this.sessions = sessions;
        this.papers = papers;
    }

    /** The attempt's questions as shown (it has a paper). */
    List<ExamSheet.Question> questions(ExamAttemptRecord a) {
        Shuffle shuffle = shuffleOf(a.getSessionId());
        return SheetQuestions.of(
                papers.content(a.getPaperId()), shuffle.questions(), shuffle.options(), a.getShuffleSeed());
    }

    /** The option letters of every question and part as shown (the attempt has a paper). */
    ShownOptions options(ExamAttemptRecord a) {
        Map<String, List<String>> order = new HashMap<>();
        for (ExamSheet.Question q : questions(a)) {
            order.put(ShownOptions.key(q.position(), 0), labels(q.options()));
            for (ExamSheet.Question part : q.parts()) {
                order.put(ShownOptions.key(q.position(), part.number()), labels(part.options()));
            }
        }
        return new ShownOptions(order);
    }

    private static List<String> labels(List<ExamSheet.Choice> choices) {
        return choices == null
                ? List.of()
                : choices.stream().map(ExamSheet.Choice::label).toList();
    }

    private Shuffle shuffleOf(long sessionId) {
        Shuffle known = shuffles.get(sessionId);
        if (known != null) {
            return known;
        }
        ExamSession session = sessions.get(sessionId);
        Shuffle shuffle = new Shuffle(session.shuffleQuestions(), session.shuffleOptions());
        if (session.status() != SessionStatus.DRAFT) {
            if (shuffles.size() >= SHUFFLE_CACHE) {
                shuffles.clear();
            }
            shuffles.put(sessionId, shuffle);
        }
        return shuffle;
    }

    private record Shuffle(boolean questions, boolean options) {}
}
