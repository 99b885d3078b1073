/**
 * Marking (评分) without Spring or a database: a candidate's {@link org.jianding.bank.marking.Response} to a
 * question is marked against the question's key by {@link org.jianding.bank.marking.Marker} under a
 * {@link org.jianding.bank.marking.MarkingPolicy} (multiple choice: all or nothing, or partial credit for a correct
 * subset); a fill-in blank is matched under its own {@link org.jianding.bank.item.BlankMatching} (normalisations
 * and numeric tolerance), which is part of the question. Short answers, and the short-answer parts of a case, are
 * left to graders and scored per rubric point. {@link org.jianding.bank.marking.StandardScore} turns item
 * points into area scores out of 100 and a weighted hundred-point standard score (百分制标准分), keeping every step
 * so that it can be shown and checked by hand.
 */
package org.jianding.bank.marking;
