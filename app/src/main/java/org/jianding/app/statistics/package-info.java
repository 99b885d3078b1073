/**
 * Statistics (成绩统计分析): item and test statistics of a sitting with Moodle's definitions (computed by the
 * question-bank's {@code org.jianding.bank.statistics}). Today it owns the score-sheet contract: certification
 * officers upload an .xlsx of points per person and item ({@code POST /api/statistics/score-sheet}, page {@code
 * /statistics}) and get the test and item statistics, a score distribution and an .xlsx of the tables back. Nothing
 * is stored but each session's reliability as score reports print it ({@link
 * org.jianding.app.statistics.ScoreReliability}, table session_reliability); no events. A session's statistics ({@code GET /api/statistics/sessions/{id}}) come from grading's
 * stored item marks through {@link org.jianding.app.grading.ItemMarks}. After a release (and a change of a released
 * result) {@link org.jianding.app.statistics.QuestionStatisticsFeed} records each question's observed statistics in
 * the questions module ({@link org.jianding.app.questions.QuestionStatistics}). A paper's statistics over its
 * sessions and a question's across sessions ({@link org.jianding.app.statistics.PooledStatistics}) find their attempts
 * through exams' {@link org.jianding.app.exams.ExamRecords} and papers' {@link org.jianding.app.papers.Papers}. See
 * docs/statistics.md.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "blueprints", "exams", "grading", "papers", "questions", "shared"})
package org.jianding.app.statistics;
