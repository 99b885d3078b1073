package org.jianding.app.competency.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.competency.CompetencyModel;
import org.jianding.app.competency.CompetencyModels;
import org.jianding.app.competency.InvalidCompetencyInputException;
import org.jianding.bank.Level;
import org.springframework.http.HttpStatus;
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
 * The competency model editor of administrators (系统管理 → 能力素质模型): names, classes and level descriptions of
 * the items, the standard level grid per post × level, the score bands of knowledge items and the area feeding
 * each; saving makes a new version with a note. Earlier versions can be opened read-only.
 */
@Controller
@RequestMapping("/admin/competency")
@PreAuthorize("hasRole('ADMIN')")
class CompetencyModelWebController {

    private final CompetencyModels models;
    private final Accounts accounts;
    private final CurrentUser currentUser;

    CompetencyModelWebController(CompetencyModels models, Accounts accounts, CurrentUser currentUser) {
        this.models = models;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String edit(Model model) {
        CompetencyModel current = models.current();
        return editor(current, ModelFields.of(current, accounts.posts()), model);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String save(
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            CompetencyModel saved =
                    models.save(form, form.get("note"), currentUser.get().id());
            flash.addFlashAttribute("notice", "competency.model.saved");
            flash.addFlashAttribute("savedVersion", saved.version());
            return "redirect:/admin/competency";
        } catch (InvalidCompetencyInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            CompetencyModel current = models.current();
            Map<String, String> values = new HashMap<>(ModelFields.of(current, accounts.posts()));
            values.putAll(form);
            model.addAttribute("problems", e.problems());
            return editor(current, values, model);
        }
    }

    @GetMapping("/versions/{version}")
    @PreAuthorize("hasRole('ADMIN')")
    String version(@PathVariable int version, Model model) {
        model.addAttribute("cm", models.version(version));
        model.addAttribute("posts", accounts.posts());
        model.addAttribute("levels", Level.values());
        model.addAttribute("versions", models.versions());
        return "competency/model-view";
    }

    private String editor(CompetencyModel current, Map<String, String> values, Model model) {
        model.addAttribute("cm", current);
        model.addAttribute("values", values);
        model.addAttribute("posts", accounts.posts());
        model.addAttribute("levels", Level.values());
        model.addAttribute("versions", models.versions());
        return "competency/model-edit";
    }
}
