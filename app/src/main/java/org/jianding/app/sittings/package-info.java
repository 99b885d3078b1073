/**
 * Paper-based and external sittings (纸笔考试, issue 18). For a session created as 纸笔考试 an exam administrator
 * prints the paper (papers module) and the 答题卡 (answer sheet), downloads a score template (.xlsx: the paper's item
 * labels and maxima, one row per enrolled candidate), uploads the filled sheet as .xlsx or a card reader's CSV
 * (UTF-8 or GBK), sees every problem by row and column, confirms, and the import writes one handed-in attempt per
 * candidate who sat (exams' {@link org.jianding.app.exams.PaperAttempts}) and marks it at once with grading's
 * {@link org.jianding.app.grading.ImportedResults}: letters are marked by the same code as online answers, points
 * are taken as written, and results, standard scores, release, competency records and reports follow unchanged.
 * All or nothing, audited; replaced with confirmation before release, refused after it. No tables of its own.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "audit", "exams", "grading", "papers", "printing", "shared"})
package org.jianding.app.sittings;
