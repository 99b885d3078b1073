/**
 * Competency (能力素质): the versioned competency model (18 items in three classes, behaviour descriptions per item
 * and level, the standard level every post and level requires) and each person's record against it: knowledge items
 * fed from released standard scores, behavioural items assessed by assessors with evidence. Other modules read a
 * person's profile through {@link org.jianding.app.competency.CompetencyProfiles}; the record page lists the
 * person's certifications through {@link org.jianding.app.competency.CertificationDirectory}, which the module that
 * issues certificates implements.
 */
package org.jianding.app.competency;
