/**
 * Exam sessions (考试场次) and online delivery. HR and exam administrators create sessions (a fixed paper or one
 * form per candidate from a blueprint), enrol candidates with eligibility (申报条件) checked and every refusal
 * explained, and proctor them live. Candidates start, answer and hand in; every answer is stored as given, with an
 * attempt-wide sequence number so that a late older save never overwrites a newer one, and the server owns every
 * deadline: {@link org.jianding.app.exams.DeadlineJob} submits timed-out attempts exactly once, however many nodes
 * run it. Nothing that reveals a key is ever put into a candidate's view ({@link org.jianding.app.exams.ExamSheet}).
 * Publishes {@link org.jianding.app.exams.AttemptSubmitted} for marking and {@link
 * org.jianding.app.exams.CandidatesEnrolled} for notifications. Tables: exam_*.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "audit", "blueprints", "papers", "questions", "shared"})
package org.jianding.app.exams;
