package org.jianding.app.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.Spaces;
import org.jianding.bank.item.TrueFalse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Corrected keys of errata: read from what an officer typed (checked against the question as a new body would be,
 * so a key naming a missing option or the wrong number of blanks is refused), stored as JSON, and put in place of
 * the pinned version's key when marking.
 */
final class ErratumKeys {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ErratumKeys() {}

    /** The typed key as JSON, checked against this question's body. */
    static String parse(QuestionBody body, String text) {
        // blanks are split at line breaks first; everything else compares with every kind of space as a space
        String raw = text == null ? "" : text;
        String t = Spaces.normalise(raw);
        if (t.isEmpty()) {
            throw DomainException.badRequest("grading.erratum.keyMissing");
        }
        JsonNode json;
        if (body instanceof SingleChoice) {
            json = NODES.stringNode(t.toUpperCase(java.util.Locale.ROOT));
        } else if (body instanceof MultipleChoice) {
            ArrayNode labels = NODES.arrayNode();
            new TreeSet<>(List.of(t.toUpperCase(java.util.Locale.ROOT)
                            .replaceAll("[^A-Z]", "")
                            .split("")))
                    .stream().filter(s -> !s.isEmpty()).forEach(labels::add);
            json = labels;
        } else if (body instanceof TrueFalse) {
            json = NODES.booleanNode(truth(t));
        } else if (body instanceof FillBlank) {
            ArrayNode blanks = NODES.arrayNode();
            for (String blank : raw.split("[;；\\n]")) {
                if (Spaces.normalise(blank).isEmpty()) {
                    continue;
                }
                ArrayNode accepted = NODES.arrayNode();
                for (String a : blank.split("\\|")) {
                    String answer = Spaces.normalise(a);
                    if (!answer.isEmpty()) {
                        accepted.add(answer);
                    }
                }
                blanks.add(accepted);
            }
            json = blanks;
        } else {
            throw DomainException.badRequest("grading.erratum.keyType", typeName(body.type()));
        }
        String stored = Marking.JSON.writeValueAsString(json);
        body(body, stored);
        return stored;
    }

    /** The question with the corrected key in place of its own. */
    static Question corrected(Question q, String keyJson) {
        return new Question(
                q.stem(),
                body(q.body(), keyJson),
                q.points(),
                q.explanation(),
                q.knowledgePoint(),
                q.secondaryKnowledgePoints(),
                q.difficulty(),
                q.cognitiveLevel(),
                q.levels(),
                q.source());
    }

    /** The key of a body in words: B; A、C; 对; 空1：x/y；空2：z. Empty for questions a grader marks. */
    static String text(QuestionBody body) {
        if (body instanceof SingleChoice s) {
            return s.answer();
        } else if (body instanceof MultipleChoice m) {
            return String.join("、", new TreeSet<>(m.answers()));
        } else if (body instanceof TrueFalse t) {
            return t.answer() ? "对" : "错";
        } else if (body instanceof FillBlank f) {
            List<String> blanks = new ArrayList<>();
            for (int i = 0; i < f.blanks().size(); i++) {
                blanks.add("空" + (i + 1) + "："
                        + String.join(" / ", f.blanks().get(i).accepted()));
            }
            return String.join("；", blanks);
        }
        return "";
    }

    /** A stored corrected key in words, in the same form as {@link #text(QuestionBody)}. */
    static String text(String keyJson) {
        JsonNode key = Marking.JSON.readTree(keyJson);
        if (key.isString()) {
            return key.stringValue();
        } else if (key.isBoolean()) {
            return key.booleanValue() ? "对" : "错";
        }
        List<String> parts = new ArrayList<>();
        int no = 0;
        for (JsonNode n : key) {
            if (n.isArray()) {
                List<String> accepted = new ArrayList<>();
                n.forEach(a -> accepted.add(a.stringValue()));
                parts.add("空" + (++no) + "：" + String.join(" / ", accepted));
            } else {
                parts.add(n.stringValue());
            }
        }
        return String.join(key.size() > 0 && key.get(0).isArray() ? "；" : "、", parts);
    }

    private static QuestionBody body(QuestionBody body, String keyJson) {
        JsonNode key = Marking.JSON.readTree(keyJson);
        try {
            if (body instanceof SingleChoice s) {
                return new SingleChoice(s.options(), key.stringValue());
            } else if (body instanceof MultipleChoice m) {
                List<String> labels = new ArrayList<>();
                key.forEach(n -> labels.add(n.stringValue()));
                return new MultipleChoice(m.options(), labels);
            } else if (body instanceof TrueFalse) {
                return new TrueFalse(key.booleanValue());
            } else if (body instanceof FillBlank f) {
                List<Blank> blanks = new ArrayList<>();
                key.forEach(b -> {
                    List<String> accepted = new ArrayList<>();
                    b.forEach(a -> accepted.add(a.stringValue()));
                    // a corrected key changes the accepted answers; the blank keeps its matching rules
                    int i = blanks.size();
                    blanks.add(
                            i < f.blanks().size()
                                    ? new Blank(accepted, f.blanks().get(i).matching())
                                    : new Blank(accepted));
                });
                if (blanks.size() != f.blanks().size()) {
                    throw DomainException.badRequest(
                            "grading.erratum.blankCount", f.blanks().size(), blanks.size());
                }
                return new FillBlank(blanks);
            }
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("grading.erratum.keyInvalid", e.getMessage());
        }
        throw DomainException.badRequest("grading.erratum.keyType", typeName(body.type()));
    }

    private static boolean truth(String t) {
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "对", "正确", "true", "t", "√", "是":
                return true;
            case "错", "错误", "false", "f", "×", "否":
                return false;
            default:
                throw DomainException.badRequest("grading.erratum.truth", t);
        }
    }

    /**
     * A question type as the refusal names it: in Chinese by its short name (单选题不能…); for any other reader in the
     * reader's words, resolved with the message.
     */
    private static Object typeName(QuestionType type) {
        var reader = LocaleContextHolder.getLocaleContext();
        java.util.Locale locale = reader == null ? null : reader.getLocale();
        if (locale == null || java.util.Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return type.chineseName();
        }
        return new DefaultMessageSourceResolvable(new String[] {"questionType." + type.name()}, type.chineseName());
    }
}
