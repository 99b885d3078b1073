package org.jianding.app.exams;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.item.QuestionType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON an exam page sends for one answer, checked against the question it answers, and reduced to a canonical
 * form: single choice {@code "B"}; multiple choice {@code ["A","C"]} (sorted, distinct); true/false {@code true};
 * fill-in {@code ["…","…"]} one string per blank; short answer {@code "text"}; case analysis {@code {"1": …,
 * "2": …}} with each sub-answer in its own type's form. An empty answer becomes null (unanswered).
 */
final class AnswerShape {

    static final int MAX_TEXT = 10_000;
    static final int MAX_BLANK = 500;

    private AnswerShape() {}

    /** The canonical JSON node, or null when the answer is empty. */
    static JsonNode canonical(ExamSheet.Question q, JsonNode answer) {
        if (answer == null || answer.isNull() || answer.isMissingNode()) {
            return null;
        }
        QuestionType type = q.type();
        if (type == QuestionType.SINGLE_CHOICE) {
            String label = text(answer, q, 2);
            if (label.isEmpty()) {
                return null;
            }
            requireLabel(q, label);
            return JsonNodeFactory.instance.stringNode(label);
        } else if (type == QuestionType.MULTIPLE_CHOICE) {
            if (!answer.isArray()) {
                throw wrong(q);
            }
            Set<String> labels = new java.util.TreeSet<>();
            for (JsonNode n : answer) {
                String label = text(n, q, 2);
                requireLabel(q, label);
                labels.add(label);
            }
            if (labels.isEmpty()) {
                return null;
            }
            var array = JsonNodeFactory.instance.arrayNode();
            labels.forEach(array::add);
            return array;
        } else if (type == QuestionType.TRUE_FALSE) {
            if (!answer.isBoolean()) {
                throw wrong(q);
            }
            return answer;
        } else if (type == QuestionType.FILL_BLANK) {
            if (!answer.isArray() || answer.size() != q.blanks()) {
                throw wrong(q);
            }
            var array = JsonNodeFactory.instance.arrayNode();
            boolean any = false;
            for (JsonNode n : answer) {
                String t = n.isNull() ? "" : text(n, q, MAX_BLANK);
                any |= !t.isBlank();
                array.add(t);
            }
            return any ? array : null;
        } else if (type == QuestionType.SHORT_ANSWER) {
            String t = text(answer, q, MAX_TEXT);
            return t.isBlank() ? null : JsonNodeFactory.instance.stringNode(t);
        } else {
            if (!answer.isObject()) {
                throw wrong(q);
            }
            ObjectNode parts = JsonNodeFactory.instance.objectNode();
            Set<String> known = new HashSet<>();
            for (ExamSheet.Question part : q.parts()) {
                String key = String.valueOf(part.number());
                known.add(key);
                JsonNode sub = canonical(part, answer.get(key));
                if (sub != null) {
                    parts.set(key, sub);
                }
            }
            for (Map.Entry<String, JsonNode> e : answer.properties()) {
                if (!known.contains(e.getKey())) {
                    throw wrong(q);
                }
            }
            return parts.isEmpty() ? null : parts;
        }
    }

    private static String text(JsonNode n, ExamSheet.Question q, int max) {
        if (n == null || !n.isString()) {
            throw wrong(q);
        }
        String t = n.stringValue();
        if (t.length() > max) {
            throw DomainException.badRequest("exam.answer.tooLong", q.number(), max);
        }
        return t;
    }

    private static void requireLabel(ExamSheet.Question q, String label) {
        List<ExamSheet.Choice> options = q.options();
        if (options.stream().noneMatch(o -> o.label().equals(label))) {
            throw wrong(q);
        }
    }

    private static DomainException wrong(ExamSheet.Question q) {
        return DomainException.badRequest("exam.answer.shape", q.number());
    }
}
