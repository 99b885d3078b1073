package org.jianding.app.questions.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.Role;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.item.QuestionType;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge taxonomy (知识点体系) with the active questions under each node; item authors also add, rename,
 * move, retire, restore and delete nodes here (plain form posts, so it works without scripts).
 */
@Controller
@RequestMapping("/bank/knowledge")
class KnowledgeWebController {

    private final KnowledgeTree tree;
    private final KnowledgeChoices choices;
    private final QuestionBank bank;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    KnowledgeWebController(
            KnowledgeTree tree,
            KnowledgeChoices choices,
            QuestionBank bank,
            CurrentUser currentUser,
            MessageSource messages) {
        this.tree = tree;
        this.choices = choices;
        this.bank = bank;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
    String tree(Model model) {
        List<KnowledgeChoices.Choice> nodes = choices.all();
        model.addAttribute("nodes", nodes);
        model.addAttribute("counts", KnowledgeCounts.of(nodes, bank.activeCounts()));
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("canEdit", currentUser.get().hasRole(Role.AUTHOR));
        return "bank/knowledge";
    }

    @PostMapping("/add")
    @PreAuthorize("hasRole('AUTHOR')")
    String add(
            @RequestParam(required = false) Long parentId,
            @RequestParam String code,
            @RequestParam String name,
            Locale locale,
            RedirectAttributes flash) {
        return change(() -> tree.add(code, name, parentId), "knowledge.added", locale, flash);
    }

    @PostMapping("/{id}/rename")
    @PreAuthorize("hasRole('AUTHOR')")
    String rename(@PathVariable long id, @RequestParam String name, Locale locale, RedirectAttributes flash) {
        return change(() -> tree.rename(id, name), "knowledge.renamed", locale, flash);
    }

    @PostMapping("/{id}/move")
    @PreAuthorize("hasRole('AUTHOR')")
    String move(
            @PathVariable long id,
            @RequestParam(required = false) Long parentId,
            Locale locale,
            RedirectAttributes flash) {
        return change(() -> tree.move(id, parentId), "knowledge.moved", locale, flash);
    }

    @PostMapping("/{id}/retired")
    @PreAuthorize("hasRole('AUTHOR')")
    String retire(@PathVariable long id, @RequestParam boolean value, Locale locale, RedirectAttributes flash) {
        return change(
                () -> tree.setRetired(id, value),
                value ? "knowledge.retiredDone" : "knowledge.restored",
                locale,
                flash);
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('AUTHOR')")
    String delete(@PathVariable long id, Locale locale, RedirectAttributes flash) {
        return change(
                () -> {
                    tree.delete(id);
                    return null;
                },
                "knowledge.deleted",
                locale,
                flash);
    }

    private String change(Supplier<?> step, String notice, Locale locale, RedirectAttributes flash) {
        try {
            step.get();
            flash.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            flash.addFlashAttribute(
                    "problem", messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), locale));
        }
        return "redirect:/bank/knowledge";
    }
}
