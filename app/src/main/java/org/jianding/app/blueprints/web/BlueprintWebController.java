package org.jianding.app.blueprints.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.Role;
import org.jianding.app.blueprints.BankSnapshots;
import org.jianding.app.blueprints.BlueprintFeedback;
import org.jianding.app.blueprints.BlueprintSpec;
import org.jianding.app.blueprints.BlueprintSummary;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.blueprints.DefaultBlueprints;
import org.jianding.app.blueprints.Feedback;
import org.jianding.app.blueprints.InformationTargets;
import org.jianding.app.blueprints.InvalidBlueprintException;
import org.jianding.app.blueprints.PoolHealthCheck;
import org.jianding.app.blueprints.RowSpec;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Blueprint pages: the list per post and level, the editor shaped like the 比重表 (with live feedback from
 * /api/blueprints/check), and a version's page with its pool health. Authors may look; exam administrators edit.
 */
@Controller
@RequestMapping("/blueprints")
@PreAuthorize("hasAnyRole('EXAM_ADMIN','AUTHOR')")
class BlueprintWebController {

    private final Blueprints blueprints;
    private final PoolHealthCheck health;
    private final BankSnapshots snapshots;
    private final BlueprintFeedback feedback;
    private final InformationTargets targets;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    BlueprintWebController(
            Blueprints blueprints,
            PoolHealthCheck health,
            BankSnapshots snapshots,
            BlueprintFeedback feedback,
            InformationTargets targets,
            CurrentUser currentUser,
            JsonMapper json) {
        this.feedback = feedback;
        this.targets = targets;
        this.blueprints = blueprints;
        this.health = health;
        this.snapshots = snapshots;
        this.currentUser = currentUser;
        this.json = json;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','AUTHOR')")
    String list(Model model) {
        Map<String, BlueprintSummary> byKey = new LinkedHashMap<>();
        blueprints.list().forEach(b -> byKey.put(b.postId() + "/" + b.level(), b));
        model.addAttribute("posts", blueprints.posts());
        model.addAttribute("levels", Level.values());
        model.addAttribute("byKey", byKey);
        model.addAttribute("canEdit", currentUser.get().roles().contains(Role.EXAM_ADMIN));
        return "blueprints/list";
    }

    @GetMapping("/versions/{versionId}")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','AUTHOR')")
    String version(@PathVariable long versionId, Model model) {
        BlueprintVersion version = blueprints.version(versionId);
        model.addAttribute("version", version);
        model.addAttribute("versions", blueprints.versions(version.blueprintId()));
        model.addAttribute("health", health.measure(versionId));
        model.addAttribute("taxonomy", snapshots.taxonomy());
        model.addAttribute("canEdit", currentUser.get().roles().contains(Role.EXAM_ADMIN));
        return "blueprints/version";
    }

    @GetMapping("/edit")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String edit(@RequestParam(required = false) Long post, @RequestParam(required = false) Level level, Model model) {
        Post p = post(post);
        requireLevel(level);
        BlueprintSpec spec = blueprints
                .current(post, level)
                .map(BlueprintVersion::spec)
                .orElseGet(() -> DefaultBlueprints.of(p.name(), level));
        return editor(model, p, level, spec, null, List.of());
    }

    @PostMapping("/edit")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String save(
            @RequestParam(required = false) Long post,
            @RequestParam(required = false) Level level,
            @RequestParam(required = false) String definition,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean confirmInfeasible,
            Model model,
            RedirectAttributes flash) {
        Post p = post(post);
        requireLevel(level);
        BlueprintSpec spec;
        try {
            if (definition == null) {
                throw DomainException.badRequest("blueprint.definition.unreadable");
            }
            spec = json.readValue(definition, BlueprintSpec.class);
        } catch (JacksonException e) {
            throw DomainException.badRequest("blueprint.definition.unreadable");
        }
        if (!confirmInfeasible) {
            Feedback check = feedback.check(level, spec);
            if (check.problems().isEmpty() && !check.feasible()) {
                // a version nobody can assemble a paper from would become the current one: ask first, saying why
                model.addAttribute("infeasible", check.diagnosis());
                return editor(model, p, level, spec, note, List.of());
            }
        }
        try {
            BlueprintVersion saved =
                    blueprints.save(post, level, spec, note, currentUser.get().id());
            flash.addFlashAttribute("notice", "blueprint.saved");
            return "redirect:/blueprints/versions/" + saved.id();
        } catch (InvalidBlueprintException e) {
            model.addAttribute("error", e);
            return editor(
                    model,
                    p,
                    level,
                    spec,
                    note,
                    e.problems().stream().map(x -> x.message()).toList());
        }
    }

    private String editor(Model model, Post post, Level level, BlueprintSpec spec, String note, List<String> problems) {
        model.addAttribute("post", post);
        model.addAttribute("level", level);
        model.addAttribute("spec", spec);
        model.addAttribute("note", note);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", RowSpec.Kind.values());
        model.addAttribute("nodes", NodeOption.of(snapshots.taxonomy()));
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("cognitiveLevels", CognitiveLevel.values());
        model.addAttribute("difficulties", Arrays.asList(1, 2, 3, 4, 5));
        model.addAttribute("calibrations", targets.choices());
        return "blueprints/edit";
    }

    private static void requireLevel(Level level) {
        if (level == null) {
            throw DomainException.badRequest("papers.request.incomplete", "level");
        }
    }

    private Post post(Long id) {
        return blueprints.posts().stream()
                .filter(p -> id != null && p.id() == id)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("blueprint.post.unknown", id));
    }
}
