/**
 * Questions in and out of Excel (题库 → 导入/导出): the template, reading the template and the layouts other exam
 * systems export (one sheet with a 题型 column, or one sheet per type), checking every row before anything is
 * written, the all-or-nothing import as drafts through {@link org.jianding.app.questions.QuestionBatches}, and the
 * export of a search in the template's format. Owns no tables; audited as {@code question.created} per question and
 * {@code questions.imported} per file.
 */
package org.jianding.app.questions.excel;
