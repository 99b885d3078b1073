package org.jianding.app.grading;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a session is marked by hand: single or double marking, the tolerance (in paper points) two marks may
 * differ by before an arbiter decides, whether graders are kept off their own unit's candidates, and who marks
 * which question ({@code questionId} 0: every question of the session).
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

    public GradingPlan {
        assignments = List.copyOf(assignments);
    }
}
