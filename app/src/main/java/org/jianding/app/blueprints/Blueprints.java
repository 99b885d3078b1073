package org.jianding.app.blueprints;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blueprints (比重表) per post and level. Every save checks the blueprint ({@link BlueprintRules}) and appends a new
 * version; earlier versions stay as they were, because papers cite the version they were built from.
 */
@Service
@RetriedOnConflict
@Transactional
public class Blueprints {

    private final BlueprintRepository repository;
    private final BankSnapshots snapshots;
    private final InformationTargets targets;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    Blueprints(
            BlueprintRepository repository,
            BankSnapshots snapshots,
            InformationTargets targets,
            Accounts accounts,
            AuditLog audit,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.repository = repository;
        this.snapshots = snapshots;
        this.targets = targets;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current version of every blueprint, by post and level. */
    @Transactional(readOnly = true)
    public List<BlueprintSummary> list() {
        Map<Long, Post> posts = postsById();
        return repository.currents().stream()
                .map(r -> {
                    BlueprintSpec spec = repository.spec(r);
                    return new BlueprintSummary(
                            r.version().getBlueprintId(),
                            r.postId(),
                            postName(posts, r.postId()),
                            r.level(),
                            r.version().getVersionNo(),
                            r.version().getId(),
                            spec.totalPoints(),
                            spec.durationMinutes(),
                            spec.passMark(),
                            spec.itemCount(),
                            r.updatedAt());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public BlueprintVersion current(long blueprintId) {
        return repository
                .current(blueprintId)
                .map(this::toVersion)
                .orElseThrow(() -> DomainException.notFound("blueprint.notFound", blueprintId));
    }

    @Transactional(readOnly = true)
    public Optional<BlueprintVersion> current(long postId, Level level) {
        return repository.find(postId, level).map(this::current);
    }

    @Transactional(readOnly = true)
    public BlueprintVersion version(long versionId) {
        return repository
                .version(versionId)
                .map(this::toVersion)
                .orElseThrow(() -> DomainException.notFound("blueprint.version.notFound", versionId));
    }

    /** Every version of a blueprint, newest first. */
    @Transactional(readOnly = true)
    public List<BlueprintVersion> versions(long blueprintId) {
        current(blueprintId);
        return repository.versions(blueprintId).stream().map(this::toVersion).toList();
    }

    /**
     * Saves a blueprint for a post and level as its next version (the first save creates it).
     *
     * @throws InvalidBlueprintException with one problem per section, row or group when it contradicts itself
     */
    public BlueprintVersion save(long postId, Level level, BlueprintSpec spec, String note, long userId) {
        Post post = Optional.ofNullable(postsById().get(postId))
                .orElseThrow(() -> DomainException.badRequest("blueprint.post.unknown", postId));
        List<BlueprintProblem> problems =
                BlueprintRules.check(spec, level, snapshots.taxonomy(), new BlueprintWords(Words.ofReader(messages)));
        if (problems.isEmpty()) {
            problems = targets.problems(spec, level, snapshots.take(), Words.ofReader(messages));
        }
        if (!problems.isEmpty()) {
            throw new InvalidBlueprintException(problems);
        }
        Instant now = clock.instant();
        long blueprintId = repository.find(postId, level).orElseGet(() -> repository.insert(postId, level, now));
        String name = post.name() + " " + level.label() + " {v}";
        long versionId = repository.appendVersion(blueprintId, name, spec, note, userId, now);
        BlueprintVersion saved = version(versionId);
        audit.record("blueprint.saved", "blueprint", blueprintId, saved.name() + (note == null ? "" : ": " + note));
        return saved;
    }

    /** The posts a blueprint can be made for. */
    @Transactional(readOnly = true)
    public List<Post> posts() {
        return accounts.posts();
    }

    private Map<Long, Post> postsById() {
        return accounts.posts().stream().collect(Collectors.toMap(Post::id, Function.identity()));
    }

    private static String postName(Map<Long, Post> posts, long postId) {
        Post post = posts.get(postId);
        return post == null ? String.valueOf(postId) : post.name();
    }

    private BlueprintVersion toVersion(BlueprintRepository.Row r) {
        var v = r.version();
        return new BlueprintVersion(
                v.getId(),
                v.getBlueprintId(),
                r.postId(),
                postName(postsById(), r.postId()),
                r.level(),
                v.getVersionNo(),
                v.getName(),
                repository.spec(r),
                v.getChangeNote(),
                v.getCreatedBy(),
                v.getCreatedAt());
    }
}
