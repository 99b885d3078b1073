package org.jianding.app.blueprints.web;

import java.util.List;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.blueprints.BlueprintFeedback;
import org.jianding.app.blueprints.BlueprintSpec;
import org.jianding.app.blueprints.BlueprintSummary;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.blueprints.DefaultBlueprints;
import org.jianding.app.blueprints.Feedback;
import org.jianding.app.blueprints.PoolHealth;
import org.jianding.app.blueprints.PoolHealthCheck;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Blueprints over JSON. Exam administrators write; item authors may read, check drafts and see pool health (it
 * tells them where the bank is thin). Candidates reach none of it.
 */
@RestController
@RequestMapping("/api/blueprints")
@PreAuthorize("hasAnyRole('EXAM_ADMIN','AUTHOR')")
class BlueprintApiController {

    record BlueprintSaveRequest(Long postId, Level level, BlueprintSpec spec, String note) {}

    record CheckRequest(Level level, BlueprintSpec spec) {}

    private final Blueprints blueprints;
    private final BlueprintFeedback feedback;
    private final PoolHealthCheck health;
    private final CurrentUser currentUser;

    BlueprintApiController(
            Blueprints blueprints, BlueprintFeedback feedback, PoolHealthCheck health, CurrentUser currentUser) {
        this.blueprints = blueprints;
        this.feedback = feedback;
        this.health = health;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','AUTHOR')")
    List<BlueprintSummary> list() {
        return blueprints.list();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','AUTHOR')")
    BlueprintVersion current(@PathVariable long id) {
        return blueprints.current(id);
    }

    @GetMapping("/{id}/versions")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','AUTHOR')")
    List<BlueprintVersion> versions(@PathVariable long id) {
        return blueprints.versions(id);
    }

    @GetMapping("/versions/{versionId}")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','AUTHOR')")
    BlueprintVersion version(@PathVariable long versionId) {
        return blueprints.version(versionId);
    }

    @GetMapping("/versions/{versionId}/health")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','AUTHOR')")
    PoolHealth health(@PathVariable long versionId) {
        return health.measure(versionId);
    }

    /** The default blueprint of a post and level, as a starting point for editing. */
    @GetMapping("/defaults")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','AUTHOR')")
    BlueprintSpec defaults(@RequestParam(required = false) String post, @RequestParam(required = false) Level level) {
        if (level == null) {
            throw DomainException.badRequest("papers.request.incomplete", "level");
        }
        return DefaultBlueprints.of(post, level);
    }

    /** Live feedback on a draft: problems per row, eligible questions per row, feasibility or diagnosis. */
    @PostMapping("/check")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','AUTHOR')")
    Feedback check(@RequestBody CheckRequest request) {
        if (request.spec() == null) {
            throw DomainException.badRequest("papers.request.incomplete", "level, spec");
        }
        return feedback.check(request.level(), request.spec());
    }

    /** Saves the next version of the blueprint of a post and level (the first save creates it). */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    BlueprintVersion save(@RequestBody BlueprintSaveRequest request) {
        if (request.postId() == null || request.spec() == null) {
            throw DomainException.badRequest("papers.request.incomplete", "postId, level, spec");
        }
        return blueprints.save(
                request.postId(),
                request.level(),
                request.spec(),
                request.note(),
                currentUser.get().id());
    }
}
