package org.jianding.app.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.grading.db.tables.records.ExamResultRecord;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.bank.marking.StandardScore;
import tools.jackson.core.type.TypeReference;

/**
 * A stored result read into what officers ({@link Results}) and candidates ({@link CandidateResults}) are shown: the
 * same reading for both, so the two never tell a different score, area line or note.
 */
final class ResultViews {

    private static final TypeReference<List<StandardScore.Area>> AREAS = new TypeReference<>() {};

    private ResultViews() {}

    static ResultView view(
            ExamResultRecord r,
            ScoringRuleVersion rule,
            Map<String, String> names,
            Boolean reproducible,
            ExamSession session,
            UserAccount candidate) {
        List<ResultView.AreaLine> areas = areas(r, names);
        return new ResultView(
                r.getAttemptId(),
                r.getSessionId(),
                session.title(),
                r.getCandidateId(),
                candidate.employeeNo(),
                candidate.displayName(),
                r.getPaperId(),
                rule,
                ResultStatus.valueOf(r.getStatus()),
                r.getMaxPoints(),
                r.getEarnedPoints(),
                r.getStandardScore(),
                r.getPassed(),
                ResultItems.read(r.getItems()),
                areas,
                r.getNotes() == null ? List.of() : Arrays.asList(r.getNotes().split("\n")),
                r.getRevision(),
                r.getComputedAt(),
                r.getReleasedAt(),
                r.getChangedAfterRelease(),
                reproducible);
    }

    static List<ResultView.AreaLine> areas(ExamResultRecord r, Map<String, String> names) {
        List<ResultView.AreaLine> areas = new ArrayList<>();
        if (r.getAreas() != null) {
            for (StandardScore.Area a : Marking.JSON.readValue(r.getAreas(), AREAS)) {
                areas.add(new ResultView.AreaLine(
                        a.area(),
                        names.getOrDefault(a.area(), a.area()),
                        a.earned(),
                        a.max(),
                        a.score(),
                        a.weight(),
                        a.effectiveWeight(),
                        a.contribution()));
            }
        }
        return areas;
    }

    /** The name of every knowledge node by its code, for the area lines. */
    static Map<String, String> names(KnowledgeTree tree) {
        Map<String, String> names = new HashMap<>();
        tree.nodes().forEach(n -> names.put(n.code(), n.name()));
        return names;
    }
}
