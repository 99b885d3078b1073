package org.jianding.app.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.grading.ItemMarks;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.statistics.ItemAnalysis;
import org.jianding.bank.statistics.Responses;
import org.jianding.bank.statistics.ScoreStatistics;
import org.jianding.bank.statistics.TestStatistics;
import org.springframework.stereotype.Service;

/**
 * The statistics of a session from the platform's own marks: every scored attempt of every form, one item per
 * question (a question on only some forms is computed over the attempts that had it). Items keep the order of the
 * first attempt's paper; questions only on later forms follow in the order they are met. Besides the items and the
 * test in points, the test again on the standard-score scale (each mark times what a point of it is worth in that
 * attempt's standard score, so the totals are the standard scores) and one line per knowledge area. Nothing is
 * stored.
 */
@Service
class SessionStatistics {

    /** A question as an item of the analysis: its maximum is the largest it carried on any form. */
    record Question(long questionId, QuestionType type, String area, double maxPoints) {
        String label() {
            return "#" + questionId + " " + type.chineseName();
        }
    }

    /**
     * One knowledge area: its items, their maxima, the share of the area's points earned over all its marks, and
     * the test statistics of the area's sub-score (in points of the area).
     */
    record Area(String code, String name, int items, double maxPoints, Double facility, TestStatistics test) {}

    record Analysed(
            String title,
            org.jianding.bank.Level level,
            int unmarked,
            List<Question> questions,
            ScoreStatistics statistics,
            TestStatistics standardScore,
            List<Area> areas) {

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
        return analyse(session.title(), session.level(), session.unmarked(), session.marks(), session.areaNames());
    }

    /**
     * The statistics of any set of scored attempts' marks (one session's, or a paper's pooled over its sessions):
     * attempts are told apart by id, so marks of several sessions can be given together.
     */
    static Analysed analyse(
            String title,
            org.jianding.bank.Level level,
            int unmarked,
            List<ItemMarks.Mark> marks,
            Map<String, String> areaNames) {
        Map<Long, Integer> column = new HashMap<>();
        List<Question> questions = new ArrayList<>();
        Map<Long, Integer> row = new HashMap<>();
        for (ItemMarks.Mark m : marks) {
            row.putIfAbsent(m.attemptId(), row.size());
            Integer c = column.putIfAbsent(m.questionId(), column.size());
            if (c == null) {
                questions.add(new Question(m.questionId(), m.type(), m.area(), m.maxPoints()));
            } else if (questions.get(c).maxPoints() < m.maxPoints()) {
                Question q = questions.get(c);
                questions.set(c, new Question(q.questionId(), q.type(), q.area(), m.maxPoints()));
            }
        }
        int items = questions.size();
        Double[][] points = new Double[row.size()][items];
        Double[][] scaled = new Double[row.size()][items];
        String[][] chosen = new String[row.size()][items];
        double[] scaledMax = new double[items];
        Map<String, double[]> areaPoints = new LinkedHashMap<>(); // earned, max over all marks
        for (ItemMarks.Mark m : marks) {
            int r = row.get(m.attemptId());
            int c = column.get(m.questionId());
            points[r][c] = m.earned();
            scaled[r][c] = m.earned() * m.scale();
            scaledMax[c] = Math.max(scaledMax[c], m.maxPoints() * m.scale());
            chosen[r][c] = m.chosen();
            String area = questions.get(c).area();
            if (area != null) {
                double[] sums = areaPoints.computeIfAbsent(area, k -> new double[2]);
                sums[0] += m.earned();
                sums[1] += m.maxPoints();
            }
        }
        Responses responses = new Responses(
                questions.stream().mapToDouble(Question::maxPoints).toArray());
        for (int r = 0; r < points.length; r++) {
            responses.add(points[r], chosen[r]);
        }
        ScoreStatistics statistics = ItemAnalysis.of(responses);
        TestStatistics standard = ItemAnalysis.test(subset(scaled, scaledMax, c -> scaledMax[c] > 0));
        List<Area> areas = new ArrayList<>();
        areaPoints.forEach((code, sums) -> {
            double max = 0;
            int count = 0;
            for (Question q : questions) {
                if (code.equals(q.area())) {
                    max += q.maxPoints();
                    count++;
                }
            }
            double[] maxima =
                    questions.stream().mapToDouble(Question::maxPoints).toArray();
            TestStatistics test = ItemAnalysis.test(
                    subset(points, maxima, c -> code.equals(questions.get(c).area())));
            areas.add(new Area(
                    code,
                    areaNames.getOrDefault(code, code),
                    count,
                    max,
                    sums[1] == 0 ? null : sums[0] / sums[1],
                    test));
        });
        return new Analysed(title, level, unmarked, questions, statistics, standard, areas);
    }

    /** The responses of the columns kept, every person included (a person without any of them has total 0). */
    private static Responses subset(Double[][] marks, double[] maxima, java.util.function.IntPredicate keep) {
        int[] kept =
                java.util.stream.IntStream.range(0, maxima.length).filter(keep).toArray();
        double[] max = new double[kept.length];
        for (int k = 0; k < kept.length; k++) {
            max[k] = maxima[kept[k]];
        }
        Responses responses = new Responses(max);
        for (Double[] person : marks) {
            Double[] row = new Double[kept.length];
            for (int k = 0; k < kept.length; k++) {
                row[k] = person[kept[k]];
            }
            responses.add(row);
        }
        return responses;
    }
}
