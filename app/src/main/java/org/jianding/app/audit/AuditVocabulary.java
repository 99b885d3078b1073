package org.jianding.app.audit;

import java.util.List;

/**
 * The actions and object types the modules record, each named for people by the messages {@code
 * audit.action.<action>} and {@code audit.target.<type>} (the page offers them as filters). AuditWordsTests fails
 * when the code records an action or type missing here or from either language.
 */
public final class AuditVocabulary {

    public static final List<String> ACTIONS = List.of(
            "user.created",
            "user.updated",
            "user.locked",
            "user.unlocked",
            "user.passwordChanged",
            "user.passwordReset",
            "user.sessionsEnded",
            "users.imported",
            "orgUnit.created",
            "knowledge.added",
            "knowledge.renamed",
            "knowledge.moved",
            "knowledge.deleted",
            "question.created",
            "question.edited",
            "question.submit",
            "question.approve",
            "question.reject",
            "question.activate",
            "question.retire",
            "question.restore",
            "question.imageStored",
            "questions.imported",
            "blueprint.saved",
            "paper.assembled",
            "paper.renamed",
            "paper.swapped",
            "paper.locked",
            "paper.unlocked",
            "paper.published",
            "paper.printed",
            "paper.keyPrinted",
            "paper.formsGenerated",
            "exam.session.created",
            "exam.session.updated",
            "exam.session.published",
            "exam.session.cancelled",
            "exam.eligibility.changed",
            "exam.enrolled",
            "exam.unenrolled",
            "exam.started",
            "exam.submitted",
            "exam.extended",
            "exam.reopened",
            "grading.rule.saved",
            "grading.rule.derived",
            "grading.planChanged",
            "grading.assigned",
            "grading.scored",
            "grading.rescored",
            "grading.erratum.applied",
            "grading.released",
            "competency.model.saved",
            "competency.assessed",
            "reports.issued",
            "reports.revised",
            "reports.certificate.issued",
            "reports.certificate.revoked",
            "reports.validity.changed",
            "reports.batch.started");

    public static final List<String> TARGETS = List.of(
            "user",
            "orgUnit",
            "knowledgeNode",
            "question",
            "questionImage",
            "blueprint",
            "blueprintVersion",
            "paper",
            "examSession",
            "examAttempt",
            "eligibilityRule",
            "scoringRule",
            "gradingTask",
            "examResult",
            "competencyModel",
            "credential",
            "certificateValidity");

    private AuditVocabulary() {}
}
