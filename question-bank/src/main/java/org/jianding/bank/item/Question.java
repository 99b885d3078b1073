package org.jianding.bank.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jianding.bank.Level;

/**
 * One question of the bank, as authors write it and as papers and marking read it. It is a plain immutable value
 * checked on construction, so that no invalid question can reach a paper and every version can be stored and
 * serialised as it is. Status, author and versions belong to the application around it, not to the content.
 *
 * <p>The stem may be empty only for a case analysis, whose case text carries the content. The explanation (解析) is
 * optional: a reviewer who wants one returns the question asking for it.
 *
 * @param points default points, kept at scale 1; for a short answer the rubric's sum, for a case analysis the sum
 *     of its sub-questions
 * @param knowledgePoint the code of the taxonomy leaf the question examines, e.g. {@code G3}
 * @param secondaryKnowledgePoints further codes it touches, distinct and without the primary one
 * @param levels the certification levels it suits, never empty
 * @param source where the content comes from, empty when unknown
 */
public record Question(
        String stem,
        QuestionBody body,
        BigDecimal points,
        String explanation,
        String knowledgePoint,
        List<String> secondaryKnowledgePoints,
        Difficulty difficulty,
        CognitiveLevel cognitiveLevel,
        Set<Level> levels,
        String source) {

    public Question {
        Problems problems = new Problems();
        stem = Texts.normalise(stem);
        explanation = Texts.normalise(explanation);
        source = Texts.normalise(source);
        knowledgePoint = knowledgePoint == null ? "" : knowledgePoint.strip();
        secondaryKnowledgePoints = problems.list(secondaryKnowledgePoints, "secondaryKnowledgePoints", "关联知识点");
        List<Level> levelList = problems.list(levels == null ? null : new ArrayList<>(levels), "levels", "级别");
        levels = levelList.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(levelList));
        points = Points.check(points, "points", problems);
        checkContent(stem, body, problems);
        checkKnowledgePoints(knowledgePoint, secondaryKnowledgePoints, problems);
        checkClassification(difficulty, cognitiveLevel, levels, problems);
        if (body != null) {
            StemRules.check(stem, body, points, problems);
        }
        problems.throwIfAny();
    }

    public QuestionType type() {
        return body.type();
    }

    /** The options of a choice question, empty for all other types. */
    public List<Option> options() {
        return body.options();
    }

    private static void checkContent(String stem, QuestionBody body, Problems problems) {
        if (body == null) {
            problems.add("body", "缺少题型与答案");
            return;
        }
        if (stem.isEmpty() && !(body instanceof CaseAnalysis)) {
            problems.add("stem", "题干不能为空");
        }
    }

    private static void checkKnowledgePoints(String primary, List<String> secondary, Problems problems) {
        if (primary.isEmpty()) {
            problems.add("knowledgePoint", "知识点代码不能为空");
        } else if (primary.chars().anyMatch(Character::isWhitespace)) {
            problems.add("knowledgePoint", "知识点代码「" + primary + "」不能含空白");
        }
        Set<String> seen = new HashSet<>();
        for (String code : secondary) {
            if (code.isBlank() || code.chars().anyMatch(Character::isWhitespace)) {
                problems.add("secondaryKnowledgePoints", "关联知识点代码「" + code + "」不能为空或含空白");
            } else if (code.equals(primary)) {
                problems.add("secondaryKnowledgePoints", "关联知识点不能与主知识点" + primary + "相同");
            } else if (!seen.add(code)) {
                problems.add("secondaryKnowledgePoints", "关联知识点" + code + "重复");
            }
        }
    }

    private static void checkClassification(
            Difficulty difficulty, CognitiveLevel cognitiveLevel, Set<Level> levels, Problems problems) {
        if (difficulty == null) {
            problems.add("difficulty", "缺少难度");
        }
        if (cognitiveLevel == null) {
            problems.add("cognitiveLevel", "缺少认知层次（了解、熟悉或掌握）");
        }
        if (levels.isEmpty()) {
            problems.add("levels", "至少要标明一个适用级别");
        }
    }
}
