package org.jianding.app.grading.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.Post;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.grading.ScoringRuleVersion;
import org.jianding.app.grading.ScoringRules;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.jianding.bank.marking.ChoiceCredit;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
 * The scoring-rule editor of certification officers: the current rule of every post and level, and per post and
 * level the weights of the top knowledge areas, the pass mark and the 多选 credit with the history of versions.
 * Saving always makes a new version with a note.
 */
@Controller
@RequestMapping("/results/rules")
@PreAuthorize("hasRole('OFFICER')")
class ScoringRuleWebController {

    private final ScoringRules rules;
    private final Blueprints blueprints;
    private final CurrentUser currentUser;

    ScoringRuleWebController(ScoringRules rules, Blueprints blueprints, CurrentUser currentUser) {
        this.rules = rules;
        this.blueprints = blueprints;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize("hasRole('OFFICER')")
    String list(Model model) {
        Map<String, ScoringRuleVersion> current = new HashMap<>();
        rules.current().forEach(v -> current.put(v.postId() + "/" + v.level().name(), v));
        model.addAttribute("posts", blueprints.posts());
        model.addAttribute("levels", Level.values());
        model.addAttribute("current", current);
        return "results/rules";
    }

    @GetMapping("/{postId}/{level}")
    @PreAuthorize("hasRole('OFFICER')")
    String edit(@PathVariable long postId, @PathVariable Level level, Model model) {
        List<ScoringRuleVersion> versions = rules.versions(postId, level);
        ScoringRuleVersion current = versions.isEmpty() ? null : versions.get(0);
        Map<String, String> weights = new LinkedHashMap<>();
        rules.areas(1).forEach(a -> weights.put(a.code(), ""));
        if (current != null) {
            current.rule()
                    .weights()
                    .forEach((code, w) ->
                            weights.put(code, w.stripTrailingZeros().toPlainString()));
        }
        model.addAttribute("post", post(postId));
        model.addAttribute("level", level);
        model.addAttribute("current", current);
        model.addAttribute("versions", versions);
        model.addAttribute("areas", rules.areas(1));
        model.addAttribute("weights", weights);
        model.addAttribute("modes", ChoiceCredit.Mode.values());
        return "results/rule-edit";
    }

    @PostMapping("/{postId}/{level}")
    @PreAuthorize("hasRole('OFFICER')")
    String save(
            @PathVariable long postId,
            @PathVariable Level level,
            @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        post(postId);
        try {
            Map<String, String> byCode = new LinkedHashMap<>();
            form.forEach((name, value) -> {
                if (name.startsWith("weight.")) {
                    byCode.put(name.substring("weight.".length()), value);
                }
            });
            ScoringRuleVersion saved = rules.save(
                    postId,
                    level,
                    1,
                    RuleForms.weights(byCode),
                    RuleForms.number(
                            form.get("passMark"), new DefaultMessageSourceResolvable("results.rule.field.passMark")),
                    RuleForms.credit(form.get("credit"), form.get("fraction")),
                    form.get("note"),
                    currentUser.get().id());
            flash.addFlashAttribute("notice", "results.rule.saved");
            flash.addFlashAttribute("savedVersion", saved.versionNo());
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e);
            flash.addFlashAttribute("form", form);
        }
        return "redirect:/results/rules/" + postId + "/" + level.name();
    }

    private Post post(long postId) {
        return blueprints.posts().stream()
                .filter(p -> p.id() == postId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("results.post.notFound", postId));
    }
}
