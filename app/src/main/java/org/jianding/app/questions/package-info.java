/**
 * The question bank (题库): questions of six types, their append-only versions, the review workflow (draft →
 * submitted → reviewed by another author → active → retired), search, near-duplicate warnings and images. Tables:
 * question, question_version, question_tag, question_image. Publishes {@link
 * org.jianding.app.questions.QuestionReturned} when a reviewer returns a question. Uses the knowledge tree; records every change in the
 * audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "audit", "knowledge", "shared"})
package org.jianding.app.questions;
