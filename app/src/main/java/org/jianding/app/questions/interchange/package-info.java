/**
 * Question files of other systems in and out of the bank (题库 → 导入/导出): Moodle XML, GIFT, Aiken, QTI 2.x/3.0 and
 * Word .docx uploads, recognised by content on the same import page and {@code POST /api/questions/import} as the
 * Excel workbook; exports as Moodle XML, a QTI 3.0 package and .docx. Reading and writing is
 * {@link org.jianding.bank.interchange}; here the knowledge tree is matched, images stored and the all-or-nothing
 * import done through {@link org.jianding.app.questions.QuestionBatches}. Owns no tables; audited as
 * {@code question.created} per question and {@code questions.imported} per file.
 */
package org.jianding.app.questions.interchange;
