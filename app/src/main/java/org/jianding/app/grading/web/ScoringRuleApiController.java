package org.jianding.app.grading.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.grading.ScoringRuleVersion;
import org.jianding.app.grading.ScoringRules;
import org.jianding.bank.Level;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scoring rules as JSON: the current rule of every post and level, the versions of one, and saving a new one. */
@RestController
@RequestMapping("/api/scoring-rules")
@PreAuthorize("hasRole('OFFICER')")
class ScoringRuleApiController {

    /** One rule version as JSON; weights by area code as decimal strings (they sum to 1). */
    record ScoringRuleJson(
            long id,
            long postId,
            Level level,
            int versionNo,
            int areaDepth,
            Map<String, BigDecimal> weights,
            BigDecimal passMark,
            String choiceCredit,
            BigDecimal choiceFraction,
            String note,
            Instant createdAt) {

        static ScoringRuleJson of(ScoringRuleVersion v) {
            return new ScoringRuleJson(
                    v.id(),
                    v.postId(),
                    v.level(),
                    v.versionNo(),
                    v.areaDepth(),
                    v.rule().weights(),
                    v.rule().passMark(),
                    v.choiceCredit().mode().name(),
                    v.choiceCredit().fraction(),
                    v.note(),
                    v.createdAt());
        }
    }

    /** A new version: weights by area code (top areas), pass mark 0–100, 多选 credit and a note. */
    record RuleRequest(
            Map<String, String> weights, String passMark, String choiceCredit, String choiceFraction, String note) {}

    private final ScoringRules rules;
    private final CurrentUser currentUser;

    ScoringRuleApiController(ScoringRules rules, CurrentUser currentUser) {
        this.rules = rules;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize("hasRole('OFFICER')")
    List<ScoringRuleJson> current() {
        return rules.current().stream().map(ScoringRuleJson::of).toList();
    }

    @GetMapping("/{postId}/{level}")
    @PreAuthorize("hasRole('OFFICER')")
    List<ScoringRuleJson> versions(@PathVariable long postId, @PathVariable Level level) {
        return rules.versions(postId, level).stream().map(ScoringRuleJson::of).toList();
    }

    @PostMapping("/{postId}/{level}")
    @PreAuthorize("hasRole('OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    ScoringRuleJson save(@PathVariable long postId, @PathVariable Level level, @RequestBody RuleRequest request) {
        return ScoringRuleJson.of(rules.save(
                postId,
                level,
                1,
                RuleForms.weights(request.weights() == null ? new LinkedHashMap<>() : request.weights()),
                RuleForms.number(request.passMark(), "passMark"),
                RuleForms.credit(request.choiceCredit(), request.choiceFraction()),
                request.note(),
                currentUser.get().id()));
    }
}
