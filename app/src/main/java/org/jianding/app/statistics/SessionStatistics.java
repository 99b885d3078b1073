package org.jianding.app.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.grading.ItemMarks;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.statistics.ItemAnalysis;
import org.jianding.bank.statistics.Responses;
import org.jianding.bank.statistics.ScoreStatistics;
import org.springframework.stereotype.Service;

/**
 * The statistics of a session from the platform's own marks: every scored attempt of every form, one item per
 * question (a question on only some forms is computed over the attempts that had it). Items keep the order of the
 * first attempt's paper; questions only on later forms follow in the order they are met. Nothing is stored.
 */
@Service
class SessionStatistics {

    /** A question as an item of the analysis: its maximum is the largest it carried on any form. */
    record Question(long questionId, QuestionType type, double maxPoints) {
        String label() {
            return "#" + questionId + " " + type.chineseName();
        }
    }

    record Analysed(String title, int unmarked, List<Question> questions, ScoreStatistics statistics) {

        double maxTotal() {
            return questions.stream().mapToDouble(Question::maxPoints).sum();
        }
    }

    private final ItemMarks itemMarks;

    SessionStatistics(ItemMarks itemMarks) {
        this.itemMarks = itemMarks;
    }

    Analysed of(long sessionId) {
        ItemMarks.OfSession session = itemMarks.ofSession(sessionId);
        Map<Long, Integer> column = new LinkedHashMap<>();
        List<Question> questions = new ArrayList<>();
        Map<Long, Integer> row = new LinkedHashMap<>();
        for (ItemMarks.Mark m : session.marks()) {
            row.putIfAbsent(m.attemptId(), row.size());
            Integer c = column.putIfAbsent(m.questionId(), column.size());
            double max = m.maxPoints().doubleValue();
            if (c == null) {
                questions.add(new Question(m.questionId(), m.type(), max));
            } else if (questions.get(c).maxPoints() < max) {
                questions.set(c, new Question(m.questionId(), m.type(), max));
            }
        }
        Double[][] marks = new Double[row.size()][questions.size()];
        String[][] chosen = new String[row.size()][questions.size()];
        for (ItemMarks.Mark m : session.marks()) {
            int r = row.get(m.attemptId());
            int c = column.get(m.questionId());
            marks[r][c] = m.earned() == null ? 0.0 : m.earned().doubleValue();
            chosen[r][c] = m.chosen();
        }
        Responses responses = new Responses(
                questions.stream().mapToDouble(Question::maxPoints).toArray());
        for (int r = 0; r < marks.length; r++) {
            responses.add(marks[r], chosen[r]);
        }
        return new Analysed(session.title(), session.unmarked(), questions, ItemAnalysis.of(responses));
    }
}
