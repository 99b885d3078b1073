package org.jianding.app.exams.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.exams.EligibilityRule;
import org.jianding.app.exams.Enrolments;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 申报条件 per level: years in the current post, holding the level below, same post. Only the levels whose rule
 * changed are saved (each change audited).
 */
@Controller
@RequestMapping("/exams/eligibility")
@PreAuthorize("hasRole('EXAM_ADMIN')")
class EligibilityWebController {

    private final Enrolments enrolments;
    private final CurrentUser currentUser;

    EligibilityWebController(Enrolments enrolments, CurrentUser currentUser) {
        this.enrolments = enrolments;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String show(Model model) {
        model.addAttribute("rules", enrolments.rules().values());
        return "exams/eligibility";
    }

    @PostMapping
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        Map<Level, EligibilityRule> current = enrolments.rules();
        List<EligibilityRule> changed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Level level : Level.values()) {
            String years = params.getOrDefault("years" + level.rank(), "").strip();
            BigDecimal minYears;
            try {
                minYears = years.isEmpty() ? BigDecimal.ZERO : new BigDecimal(years);
            } catch (NumberFormatException e) {
                problems.add(level.label() + "：任现岗位年限“" + years + "”不是数字");
                continue;
            }
            if (minYears.signum() < 0 || minYears.compareTo(BigDecimal.valueOf(50)) > 0 || minYears.scale() > 1) {
                problems.add(level.label() + "：任现岗位年限须在0到50年之间，最多一位小数");
                continue;
            }
            EligibilityRule rule = new EligibilityRule(
                    level,
                    minYears,
                    params.containsKey("below" + level.rank()),
                    params.containsKey("samePost" + level.rank()));
            if (!same(rule, current.get(level))) {
                changed.add(rule);
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            model.addAttribute("rules", current.values());
            return "exams/eligibility";
        }
        try {
            changed.forEach(rule -> enrolments.saveRule(rule, currentUser.get().id()));
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e);
            return "redirect:/exams/eligibility";
        }
        flash.addFlashAttribute("notice", changed.isEmpty() ? "examAdmin.rules.unchanged" : "examAdmin.rules.saved");
        return "redirect:/exams/eligibility";
    }

    private static boolean same(EligibilityRule a, EligibilityRule b) {
        return b != null
                && a.minYearsInPost().compareTo(b.minYearsInPost()) == 0
                && a.requireLevelBelow() == b.requireLevelBelow()
                && a.requireSamePost() == b.requireSamePost();
    }
}
