/**
 * Enrolment lists from Excel (报名名单): the template and the defensive reading of an upload into 工号, each bad row
 * reported by row and column. Enrols nobody itself; owns no tables.
 */
package org.jianding.app.exams.enrolsheet;
