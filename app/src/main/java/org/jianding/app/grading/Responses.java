package org.jianding.app.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;
import org.jianding.bank.marking.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a stored answer (the canonical JSON the exam module writes) as the marking engine's {@link Response} for
 * the question's type. Anything that does not fit the type reads as no response, which earns nothing.
 */
final class Responses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Responses() {}

    static Response parse(QuestionBody body, String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (RuntimeException e) {
            return null;
        }
        return of(body, node);
    }

    private static Response of(QuestionBody body, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (body instanceof SingleChoice) {
            return node.isString() ? new Response.Choice(node.stringValue()) : null;
        } else if (body instanceof MultipleChoice) {
            if (!node.isArray()) {
                return null;
            }
            TreeSet<String> labels = new TreeSet<>();
            node.forEach(n -> {
                if (n.isString()) {
                    labels.add(n.stringValue());
                }
            });
            return new Response.Choices(labels);
        } else if (body instanceof TrueFalse) {
            return node.isBoolean() ? new Response.Truth(node.booleanValue()) : null;
        } else if (body instanceof FillBlank) {
            if (!node.isArray()) {
                return null;
            }
            List<String> texts = new ArrayList<>();
            node.forEach(n -> texts.add(n.isString() ? n.stringValue() : ""));
            return new Response.Blanks(texts);
        } else if (body instanceof ShortAnswer) {
            return node.isString() ? new Response.Essay(node.stringValue()) : null;
        } else if (body instanceof CaseAnalysis ca) {
            if (!node.isObject()) {
                return null;
            }
            Map<Integer, Response> parts = new HashMap<>();
            List<SubQuestion> subs = ca.subQuestions();
            for (int i = 0; i < subs.size(); i++) {
                Response part = of(subs.get(i).body(), node.get(String.valueOf(i + 1)));
                if (part != null) {
                    parts.put(i + 1, part);
                }
            }
            return new Response.Parts(parts);
        }
        return null;
    }
}
