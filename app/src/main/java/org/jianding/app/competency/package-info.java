/**
 * Competency (能力素质): the versioned competency model (18 items in three classes, behaviour descriptions per item
 * and level, the standard level every post and level requires, score bands for knowledge items) and each person's
 * record against it: knowledge items fed from released standard scores (on {@link
 * org.jianding.app.grading.ResultsReleased} and {@link org.jianding.app.grading.ReleasedResultChanged}, after
 * commit, with a sweep over {@link org.jianding.app.grading.Results#releasedSince} from a watermark), behavioural
 * items assessed by assessors with evidence. Other modules read a person's profile through {@link
 * org.jianding.app.competency.CompetencyProfiles}; the record page lists the person's certifications through {@link
 * org.jianding.app.competency.CertificationDirectory}, which the module that issues certificates implements. Tables:
 * competency_model, competency_value, competency_sweep.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "audit", "grading", "knowledge", "shared"})
package org.jianding.app.competency;
