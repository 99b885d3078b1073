package org.jianding.app.exams;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A valid, already canonical answer for a question of the sheet (as JSON, the way the exam page gets it), different
 * for different {@code variant}s, so tests and the load harness can tell one save of a question from the next.
 */
public final class SampleAnswers {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SampleAnswers() {}

    public static JsonNode of(JsonNode question, int variant) {
        String type = question.path("type").asString();
        JsonNode options = question.path("options");
        switch (type) {
            case "SINGLE_CHOICE":
                return F.stringNode(options.get(Math.floorMod(variant, options.size()))
                        .path("label")
                        .asString());
            case "MULTIPLE_CHOICE": {
                ArrayNode labels = F.arrayNode();
                labels.add(options.get(Math.floorMod(variant, options.size()))
                        .path("label")
                        .asString());
                return labels;
            }
            case "TRUE_FALSE":
                return F.booleanNode(variant % 2 == 0);
            case "FILL_BLANK": {
                ArrayNode blanks = F.arrayNode();
                for (int i = 0; i < question.path("blanks").asInt(); i++) {
                    blanks.add("答" + variant + "-" + i);
                }
                return blanks;
            }
            case "CASE_ANALYSIS": {
                ObjectNode parts = F.objectNode();
                for (JsonNode part : question.path("parts")) {
                    parts.set(String.valueOf(part.path("number").asInt()), of(part, variant));
                }
                return parts;
            }
            default:
                return F.stringNode("作答第" + variant + "稿");
        }
    }
}
