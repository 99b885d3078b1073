package org.jianding.app.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.jianding.app.exams.ExamRecords;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.knowledge.KnowledgeTree;
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

    /**
     * One item of one scored attempt: its question, the knowledge area it counts for, the points it earned out of its
     * maximum, what was chosen, and {@code scale}: what one point of this item is worth in this attempt's standard
     * score (100 × the area's weight / (the weights of the areas scored on the paper × the area's maximum); 0 when
     * the area is not weighted), so that the scaled marks of an attempt add up to its standard score before rounding.
     */
    public record Mark(
            long attemptId,
            int position,
            long questionId,
            QuestionType type,
            String area,
            double maxPoints,
            double earned,
            String chosen,
            double scale) {}

    /**
     * The session's title and level, the marks of its scored attempts (attempt by attempt in paper order), how many
     * submitted attempts wait for marking, and the name of each knowledge area met.
     */
    public record OfSession(
            String title,
            org.jianding.bank.Level level,
            List<Mark> marks,
            int scoredAttempts,
            int unmarked,
            Map<String, String> areaNames) {}

    /** Longer stored answers cannot be a choice (26 options ticked is 105 characters of JSON). */
    private static final int CHOICE_ANSWER_MAX_LENGTH = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ResultRepository results;
    private final ExamRecords exams;
    private final ExamSessions sessions;

    private final KnowledgeTree tree;

    ItemMarks(ResultRepository results, ExamRecords exams, ExamSessions sessions, KnowledgeTree tree) {
        this.results = results;
        this.exams = exams;
        this.sessions = sessions;
        this.tree = tree;
    }

    /**
     * The marks of the session's scored attempts; an unknown session is refused (404, exam.session.notFound). At
     * most two queries whatever the size: the results' item marks in their compact form ({@link ResultItems#compact}, with the
     * options chosen) and, only for results written before that form, the session's short answers, streamed (their
     * marks then read from the JSON, only the fields used, {@link ResultItems#readBrief}).
     */
    @Transactional(readOnly = true)
    public OfSession ofSession(long sessionId) {
        var session = sessions.get(sessionId);
        String title = session.title();
        List<ResultRepository.StoredItems> stored = results.itemsOfSession(sessionId);
        Set<Long> scored = new HashSet<>();
        boolean allCompact = true;
        for (var s : stored) {
            if (s.status() == ResultStatus.SCORED) {
                scored.add(s.attemptId());
                allCompact &= s.itemMarks() != null;
            }
        }
        int unmarked = 0;
        for (long attemptId : exams.submittedIn(sessionId)) {
            if (!scored.contains(attemptId)) {
                unmarked++;
            }
        }
        // results written before the compact marks carry no options chosen: those come from the stored answers
        Map<Long, String[]> answers = allCompact ? Map.of() : shortAnswers(sessionId, scored);
        List<Mark> marks = new ArrayList<>(scored.size() * 100);
        String[] none = new String[0];
        for (var s : stored) {
            if (s.status() != ResultStatus.SCORED) {
                continue;
            }
            Map<String, Double> scales = scales(s.areas());
            BiConsumer<ResultItems.Brief, String> add = (item, chosen) -> marks.add(new Mark(
                    s.attemptId(),
                    item.position(),
                    item.questionId(),
                    item.type(),
                    item.area(),
                    item.max(),
                    item.earned() == null ? 0 : item.earned(),
                    chosen,
                    item.area() == null ? 0 : scales.getOrDefault(item.area(), 0.0)));
            if (s.itemMarks() != null) {
                ResultItems.readCompact(s.itemMarks(), add);
            } else {
                String[] given = answers.getOrDefault(s.attemptId(), none);
                ResultItems.readBrief(s.items(), item -> {
                    int p = item.position();
                    add.accept(item, chosen(item.type(), p >= 0 && p < given.length ? given[p] : null));
                });
            }
        }
        Map<String, String> areaNames = new HashMap<>();
        tree.nodes().forEach(n -> areaNames.put(n.code(), n.name()));
        return new OfSession(title, session.level(), marks, scored.size(), unmarked, areaNames);
    }

    /** The short stored answers of the scored attempts, by attempt and position. */
    private Map<Long, String[]> shortAnswers(long sessionId, Set<Long> scored) {
        Map<Long, String[]> answers = new HashMap<>(scored.size() * 2);
        exams.shortAnswersOfSubmitted(sessionId, CHOICE_ANSWER_MAX_LENGTH, (attemptId, position, answer) -> {
            if (!scored.contains(attemptId) || position < 0) {
                return;
            }
            String[] byPosition = answers.computeIfAbsent(attemptId, k -> new String[Math.max(128, position + 1)]);
            if (position >= byPosition.length) {
                byPosition = Arrays.copyOf(byPosition, position * 2);
                answers.put(attemptId, byPosition);
            }
            byPosition[position] = answer;
        });
        return answers;
    }

    /** Points → standard-score points per area, from a result's stored derivation (see {@link Mark#scale}). */
    static Map<String, Double> scales(String areasJson) {
        if (areasJson == null || areasJson.isBlank()) {
            return Map.of();
        }
        JsonNode areas = JSON.readTree(areasJson);
        double weights = 0;
        for (JsonNode a : areas) {
            if (scored(a)) {
                weights += a.get("weight").asDouble();
            }
        }
        Map<String, Double> scales = new HashMap<>();
        for (JsonNode a : areas) {
            if (scored(a) && weights > 0) {
                scales.put(
                        a.get("area").asString(),
                        100
                                * a.get("weight").asDouble()
                                / (weights * a.get("max").asDouble()));
            }
        }
        return scales;
    }

    private static boolean scored(JsonNode area) {
        JsonNode weight = area.get("weight");
        JsonNode max = area.get("max");
        return weight != null && !weight.isNull() && max != null && !max.isNull() && max.asDouble() > 0;
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
        String quick = quickChosen(type, json);
        if (quick != null) {
            return quick.isEmpty() ? null : quick;
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

    /**
     * The options of the plain JSON the exam pages store ({@code "A"}, {@code ["A","C"]}, {@code true}) without a
     * parser; "" for no option; null for anything else (escapes, spaces), which the parser then reads.
     */
    private static String quickChosen(QuestionType type, String json) {
        switch (type) {
            case TRUE_FALSE -> {
                return json.equals("true") ? "对" : json.equals("false") ? "错" : null;
            }
            case SINGLE_CHOICE -> {
                int n = json.length();
                if (n < 2 || json.charAt(0) != '"' || json.charAt(n - 1) != '"' || json.indexOf('\\') >= 0) {
                    return null;
                }
                String label = json.substring(1, n - 1);
                return label.indexOf('"') >= 0 ? null : label;
            }
            default -> {
                int n = json.length();
                if (n < 2 || json.charAt(0) != '[' || json.charAt(n - 1) != ']' || json.indexOf('\\') >= 0) {
                    return null;
                }
                if (n == 2) {
                    return "";
                }
                TreeSet<String> labels = new TreeSet<>();
                for (String part : json.substring(1, n - 1).split(",", -1)) {
                    int m = part.length();
                    if (m < 2 || part.charAt(0) != '"' || part.charAt(m - 1) != '"') {
                        return null;
                    }
                    String label = part.substring(1, m - 1);
                    if (label.indexOf('"') >= 0) {
                        return null;
                    }
                    if (!label.isEmpty()) {
                        labels.add(label);
                    }
                }
                return String.join("", labels);
            }
        }
    }
}
