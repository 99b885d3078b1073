package org.jianding.app.grading;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jianding.bank.item.QuestionType;
import org.springframework.stereotype.Component;

/**
 * What one line of a grading plan covers: every question (0), every question of a section on every candidate's form,
 * every question of a knowledge area on every form, or one question (see {@link GradingPlan}). Sections and
 * knowledge points are read from the version each paper pins, so they are cached per session and question.
 */
@Component
class AssignmentScopes {

    /** A question's section and knowledge point in one session. */
    private record Placed(QuestionType section, String point) {}

    /** "session:question" → its section and knowledge point, filled as questions are met. */
    private final Map<String, Placed> placed = new ConcurrentHashMap<>();

    private final GradingRepository repository;
    private final GradingContent content;
    private final GradingAreas areas;

    AssignmentScopes(GradingRepository repository, GradingContent content, GradingAreas areas) {
        this.repository = repository;
        this.content = content;
        this.areas = areas;
    }

    /** The knowledge tree as it is now, read on first use. */
    Lazy<GradingAreas.Snapshot> tree() {
        return new Lazy<>(areas::snapshot);
    }

    /**
     * Whether an assignment (0: everything; a section; a knowledge area; else one question, see {@link GradingPlan})
     * covers the question. The tree is read only when an area assignment needs it.
     */
    boolean covers(long assigned, long sessionId, long questionId, Lazy<GradingAreas.Snapshot> tree) {
        if (assigned == 0 || assigned == questionId) {
            return true;
        }
        Long area = GradingPlan.area(assigned);
        if (area != null) {
            return area.equals(tree.get().areaOf(pointOf(sessionId, questionId)));
        }
        QuestionType section = GradingPlan.section(assigned);
        return section != null && section == sectionOf(sessionId, questionId);
    }

    /** The questions of the session an assignment covers, among those that have answers to mark. */
    Set<Long> covered(long sessionId, long assigned) {
        if (assigned > 0) {
            return Set.of(assigned);
        }
        Set<Long> questions = new TreeSet<>();
        var tree = tree();
        for (long q : repository.questionsOf(sessionId)) {
            if (covers(assigned, sessionId, q, tree)) {
                questions.add(q);
            }
        }
        return questions;
    }

    /** The section a question of the session sits in on its paper (question types never change). */
    QuestionType sectionOf(long sessionId, long questionId) {
        Placed p = placed(sessionId, questionId);
        return p == null ? null : p.section();
    }

    /** The knowledge point a question of the session examines, as its pinned version says. */
    String pointOf(long sessionId, long questionId) {
        Placed p = placed(sessionId, questionId);
        return p == null ? "" : p.point();
    }

    /** Where a question stands in the session, read from one answer to it; null while nobody answered it. */
    private Placed placed(long sessionId, long questionId) {
        String key = sessionId + ":" + questionId;
        Placed known = placed.get(key);
        if (known != null) {
            return known;
        }
        Placed found = repository
                .sample(sessionId, questionId)
                .map(t -> content.question(t.getAttemptId(), t.getPosition()))
                .map(q -> new Placed(q.section(), q.content().knowledgePoint()))
                .orElse(null);
        if (found != null) {
            placed.put(key, found);
        }
        return found;
    }

    /** A value computed once, on first use. */
    static final class Lazy<T> {
        private final java.util.function.Supplier<T> supplier;
        private T value;

        Lazy(java.util.function.Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            if (value == null) {
                value = supplier.get();
            }
            return value;
        }
    }
}
