package org.jianding.app.grading;

import java.math.BigDecimal;
import java.util.List;
import org.jianding.bank.item.QuestionType;

/**
 * How a session is marked by hand: single or double marking, the tolerance (in paper points) two marks may
 * differ by before an arbiter decides, whether graders are kept off their own unit's candidates, and who marks
 * which question ({@code questionId} 0: every question of the session; -1 … -99: every question of one section,
 * see {@link #sectionKey}; -1000 and below: every question of one knowledge area, see {@link #areaKey}).
 */
public record GradingPlan(
        long sessionId,
        boolean doubleMarking,
        BigDecimal tolerance,
        boolean excludeOwnUnit,
        List<Assignment> assignments) {

    public enum Role {
        MARKER,
        ARBITER
    }

    public record Assignment(long questionId, long graderId, Role role) {}

    /**
     * The question id an assignment by section is stored under: {@code -1 - ordinal}, so one line covers every
     * question of that type on every candidate's form (parallel forms have different questions).
     */
    public static long sectionKey(QuestionType section) {
        return -1L - section.ordinal();
    }

    /** The section an assignment's question id stands for; null for 0 (everything) and real question ids. */
    public static QuestionType section(long questionId) {
        if (questionId >= 0 || -questionId - 1 >= QuestionType.values().length) {
            return null;
        }
        return QuestionType.values()[(int) (-questionId - 1)];
    }

    /** Keys at or below this stand for a knowledge area; the sections use -1 … -(number of types). */
    private static final long AREA_BASE = -1000L;

    /**
     * The question id an assignment by knowledge area is stored under: {@code -1000 - nodeId}, so one line covers
     * every question examining that area (or any node below it) on every candidate's form.
     */
    public static long areaKey(long areaNodeId) {
        return AREA_BASE - areaNodeId;
    }

    /** The knowledge node an assignment's question id stands for; null for anything else. */
    public static Long area(long questionId) {
        return questionId <= AREA_BASE ? AREA_BASE - questionId : null;
    }

    public GradingPlan {
        assignments = List.copyOf(assignments);
    }
}
