package org.jianding.app.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jianding.app.exams.ExamRecords;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.exams.SubmittedAttempt;
import org.jianding.bank.item.QuestionType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored item marks of a session's scored attempts, for statistics (the statistics module reads them here and
 * nowhere else). An attempt counts only once fully marked (status SCORED); submitted attempts still with a grader, or
 * not yet marked at all, are only counted. Choice items carry the options the candidate chose, read from the answer
 * the exam module stored: the letters of a single or multiple choice ("AC"), 对 or 错 for true/false.
 */
@Service
public class ItemMarks {

    /** One item of one scored attempt: its question, the points it earned out of its maximum, and what was chosen. */
    public record Mark(
            long attemptId,
            int position,
            long questionId,
            QuestionType type,
            BigDecimal maxPoints,
            BigDecimal earned,
            String chosen) {}

    /**
     * The session's title, the marks of its scored attempts (attempt by attempt in paper order) and how many
     * submitted attempts wait for marking.
     */
    public record OfSession(String title, List<Mark> marks, int scoredAttempts, int unmarked) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ResultRepository results;
    private final ExamRecords exams;
    private final ExamSessions sessions;

    ItemMarks(ResultRepository results, ExamRecords exams, ExamSessions sessions) {
        this.results = results;
        this.exams = exams;
        this.sessions = sessions;
    }

    /** The marks of the session's scored attempts; an unknown session is refused (404, exam.session.notFound). */
    @Transactional(readOnly = true)
    public OfSession ofSession(long sessionId) {
        String title = sessions.get(sessionId).title();
        List<ResultRepository.StoredItems> stored = results.itemsOfSession(sessionId);
        Set<Long> scored = new HashSet<>();
        for (var s : stored) {
            if (s.status() == ResultStatus.SCORED) {
                scored.add(s.attemptId());
            }
        }
        int unmarked = 0;
        for (long attemptId : exams.submittedIn(sessionId)) {
            if (!scored.contains(attemptId)) {
                unmarked++;
            }
        }
        Map<Long, Map<Integer, String>> answers = new HashMap<>();
        for (SubmittedAttempt a : exams.submitted(scored)) {
            answers.put(a.attemptId(), a.answers());
        }
        List<Mark> marks = new ArrayList<>(scored.size() * 100);
        for (var s : stored) {
            if (s.status() != ResultStatus.SCORED) {
                continue;
            }
            Map<Integer, String> given = answers.getOrDefault(s.attemptId(), Map.of());
            for (ItemResult item : ResultItems.read(s.items())) {
                marks.add(new Mark(
                        s.attemptId(),
                        item.position(),
                        item.questionId(),
                        item.type(),
                        item.max(),
                        item.earned(),
                        chosen(item.type(), given.get(item.position()))));
            }
        }
        return new OfSession(title, marks, scored.size(), unmarked);
    }

    /** The options chosen, as one string of option labels; null for other types or no answer. */
    static String chosen(QuestionType type, String json) {
        if (json == null
                || json.isBlank()
                || (type != QuestionType.SINGLE_CHOICE
                        && type != QuestionType.MULTIPLE_CHOICE
                        && type != QuestionType.TRUE_FALSE)) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (RuntimeException e) {
            return null;
        }
        if (type == QuestionType.SINGLE_CHOICE) {
            return node.isString() && !node.stringValue().isEmpty() ? node.stringValue() : null;
        }
        if (type == QuestionType.TRUE_FALSE) {
            return node.isBoolean() ? (node.booleanValue() ? "对" : "错") : null;
        }
        if (!node.isArray()) {
            return null;
        }
        TreeSet<String> labels = new java.util.TreeSet<>();
        node.forEach(n -> {
            if (n.isString()) {
                labels.add(n.stringValue());
            }
        });
        return labels.isEmpty() ? null : String.join("", labels);
    }
}
