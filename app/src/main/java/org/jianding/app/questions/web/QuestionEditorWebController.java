package org.jianding.app.questions.web;

import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.questions.StoredQuestion;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The question editor for all six types. The page holds the question as JSON (the API's {@link QuestionJson}) and
 * static/js/question-editor.js saves it through /api/questions, so the page and scripts share one validation and one
 * error format.
 */
@Controller
@RequestMapping("/bank/questions")
@PreAuthorize("hasRole('AUTHOR')")
class QuestionEditorWebController {

    private final QuestionBank bank;
    private final KnowledgeChoices knowledge;
    private final JsonMapper json;

    QuestionEditorWebController(QuestionBank bank, KnowledgeChoices knowledge, JsonMapper json) {
        this.bank = bank;
        this.knowledge = knowledge;
        this.json = json;
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("questionId", null);
        model.addAttribute("version", null);
        model.addAttribute("questionJson", "");
        return editor(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        StoredQuestion q = bank.get(id);
        if (q.status() == QuestionStatus.RETIRED) {
            throw DomainException.conflict("question.edit.retired");
        }
        model.addAttribute("questionId", q.id());
        model.addAttribute("version", q.version());
        model.addAttribute("status", q.status());
        model.addAttribute("questionJson", json.writeValueAsString(QuestionJson.of(q.content())));
        return editor(model);
    }

    private String editor(Model model) {
        model.addAttribute("nodes", knowledge.forQuestions());
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("cognitiveLevels", CognitiveLevel.values());
        return "bank/questions/editor";
    }
}
