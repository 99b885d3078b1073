/**
 * Grading (评分) and the hundred-point standard score (百分制标准分). Every submitted attempt is marked
 * automatically (on {@link org.jianding.app.exams.AttemptSubmitted}, with a sweep that catches any attempt a
 * stopped node missed) by the question-bank's marking engine under the versioned {@link
 * org.jianding.app.grading.ScoringRules} of its post and level; the result stores each item's mark, the rule
 * version and the derivation, so it can be shown step by step and re-computed to the same number. Key errata
 * ({@link org.jianding.app.grading.Errata}) re-score a session and flag released results that changed. Pages under
 * {@code /results} and {@code /my/results}, the 成绩单 export and the results API {@code /api/results/sessions/{id}}
 * (see docs/scoring.md); {@link org.jianding.app.grading.SessionResults} lists every enrolled candidate, 缺考
 * included; {@link org.jianding.app.grading.ItemMarks} gives the stored item marks of a session's scored attempts to
 * the statistics module. Publishes {@link org.jianding.app.grading.GradersAssigned} when graders are assigned. Tables: scoring_rule, exam_result, exam_erratum, exam_erratum_change.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "audit", "blueprints", "exams", "knowledge", "papers", "shared"})
package org.jianding.app.grading;
