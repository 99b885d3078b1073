/**
 * Questions in and out of Excel (题库 → 导入/导出): the template, the mapping step (what each column of an upload is,
 * by header, saved choice or content; defaults for what the file lacks), reading the template and the layouts other
 * exam systems export (one sheet with a 题型 column, or one sheet per type), checking every row before anything is
 * written, the all-or-nothing import as drafts through {@link org.jianding.app.questions.QuestionBatches} with a
 * report of every assumption, and the export of a search in the template's format. Tables: question_import_column
 * (saved header → field), question_import_upload (uploads waiting in the mapping step). Audited as {@code
 * question.created} per question and {@code questions.imported} per file.
 */
package org.jianding.app.questions.excel;
