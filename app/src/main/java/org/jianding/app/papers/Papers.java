package org.jianding.app.papers;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.blueprints.BankSnapshot;
import org.jianding.app.blueprints.BankSnapshots;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.blueprints.DiagnosisView;
import org.jianding.app.blueprints.InformationTargets;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.bank.assembly.AssemblyRequest;
import org.jianding.bank.assembly.AssemblyResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed papers: assembled from a blueprint version with a stored seed (the same bank and seed give the same paper),
 * shown with or without keys, locked for review and published. Publishing marks every question version the paper
 * uses, so those versions can never change. Every change is audited.
 */
@Service
@RetriedOnConflict
@Transactional
public class Papers {

    static final int MAX_TITLE = 200;

    private static final SecureRandom SEEDS = new SecureRandom();

    private final PaperRepository repository;
    private final PaperContext context;
    private final Blueprints blueprints;
    private final BankSnapshots snapshots;
    private final InformationTargets targets;
    private final QuestionBank bank;
    private final AuditLog audit;
    private final Clock clock;

    Papers(
            PaperRepository repository,
            PaperContext context,
            Blueprints blueprints,
            BankSnapshots snapshots,
            InformationTargets targets,
            QuestionBank bank,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.context = context;
        this.blueprints = blueprints;
        this.snapshots = snapshots;
        this.targets = targets;
        this.bank = bank;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Assembles a fixed paper as a draft. {@code seed} null draws a fresh seed; it is stored either way.
     *
     * @throws PaperInfeasibleException naming each row the bank cannot meet
     */
    public PaperDetail assemble(long blueprintVersionId, Long seed, long userId) {
        return assemble(blueprintVersionId, seed, null, userId);
    }

    /**
     * {@link #assemble(long, Long, long)} under the name the administrator gave it; none: the blueprint's name and
     * 固定卷.
     */
    public PaperDetail assemble(long blueprintVersionId, Long seed, String title, long userId) {
        String name = title == null || title.isBlank() ? null : checkedTitle(title);
        BlueprintVersion version = blueprints.version(blueprintVersionId);
        BankSnapshot snapshot = snapshots.take(version.level());
        long actualSeed = seed == null ? SEEDS.nextLong() : seed;
        AssemblyResult result = targets.assembly(version, snapshot).assemble(AssemblyRequest.seeded(actualSeed));
        if (!result.isAssembled()) {
            throw new PaperInfeasibleException(DiagnosisView.of(result.diagnosis()));
        }
        Instant now = clock.instant();
        long id = repository.insert(
                new PaperRepository.NewPaper(
                        blueprintVersionId,
                        PaperKind.FIXED,
                        PaperStatus.DRAFT,
                        actualSeed,
                        name != null ? name : version.name() + " · 固定卷",
                        null,
                        userId,
                        now),
                PaperItems.of(result.paper(), snapshot));
        audit.record("paper.assembled", "paper", id, version.name() + " seed " + actualSeed);
        return context.detail(id, snapshot);
    }

    /** Gives a paper another name (any status: the name is a label; what candidates answer does not change). */
    public PaperDetail rename(long id, String title) {
        String name = checkedTitle(title == null ? "" : title);
        PaperDetail paper = get(id);
        repository.setTitle(id, name, clock.instant());
        audit.record("paper.renamed", "paper", id, paper.paper().title() + " → " + name);
        return get(id);
    }

    private static String checkedTitle(String title) {
        String t = title.strip();
        if (t.isEmpty()) {
            throw DomainException.badRequest("paper.title.required");
        }
        if (t.length() > MAX_TITLE) {
            throw DomainException.badRequest("paper.title.tooLong", MAX_TITLE);
        }
        return t;
    }

    @Transactional(readOnly = true)
    public PaperDetail get(long id) {
        return context.detail(id, snapshots.take());
    }

    /** A paper's questions at their pinned versions, without running the checker (for exams and marking). */
    @Transactional(readOnly = true)
    public PaperContent content(long id) {
        return context.content(id);
    }

    /** The papers that hold the question, fixed papers and candidates' forms alike (for its statistics). */
    @Transactional(readOnly = true)
    public List<Long> papersWithQuestion(long questionId) {
        return repository.papersWithQuestion(questionId);
    }

    /** How many questions each of these papers holds, in one query (papers without questions are left out). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> questionCounts(Collection<Long> paperIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!paperIds.isEmpty()) {
            repository.sizes(paperIds).forEach((id, size) -> counts.put(id, size[0]));
        }
        return counts;
    }

    /** The newest papers first, of one kind or all. */
    @Transactional(readOnly = true)
    public List<PaperSummary> list(PaperKind kind) {
        return list(kind, null);
    }

    /**
     * How many fixed papers are locked (锁定, frozen for review) and wait to be published or sent back: an exam
     * administrator's to-do.
     */
    @Transactional(readOnly = true)
    public int lockedCount() {
        return repository.count(PaperKind.FIXED, PaperStatus.LOCKED);
    }

    /** The newest papers first, of one kind and one status, or all. */
    @Transactional(readOnly = true)
    public List<PaperSummary> list(PaperKind kind, PaperStatus status) {
        var records = repository.list(kind, status, 200);
        var sizes = repository.sizes(records.stream().map(r -> r.getId()).toList());
        List<PaperSummary> summaries = new ArrayList<>();
        for (var r : records) {
            int[] size = sizes.getOrDefault(r.getId(), new int[2]);
            var s = context.summary(r, List.of());
            summaries.add(new PaperSummary(
                    s.id(),
                    s.title(),
                    s.kind(),
                    s.status(),
                    s.blueprintVersionId(),
                    s.seed(),
                    s.candidateId(),
                    size[0],
                    size[1],
                    s.createdById(),
                    s.createdAt(),
                    s.publishedAt()));
        }
        return summaries;
    }

    /** Freezes a draft for review; refused while the checker finds anything wrong. */
    public PaperDetail lock(long id) {
        PaperDetail paper = get(id);
        requireStatus(paper, PaperStatus.DRAFT);
        if (!paper.violations().isEmpty()) {
            throw DomainException.conflict("paper.check.failed", String.join("；", paper.violations()));
        }
        repository.setStatus(id, PaperStatus.LOCKED, clock.instant());
        audit.record("paper.locked", "paper", id, paper.paper().title());
        return get(id);
    }

    /** Back to draft, e.g. when a reviewer asks for a swap. */
    public PaperDetail unlock(long id) {
        PaperDetail paper = get(id);
        requireStatus(paper, PaperStatus.LOCKED);
        repository.setStatus(id, PaperStatus.DRAFT, clock.instant());
        audit.record("paper.unlocked", "paper", id, paper.paper().title());
        return get(id);
    }

    /** Issues a locked paper and marks every question version it uses, so none of them can ever change. */
    public PaperDetail publish(long id) {
        PaperDetail paper = get(id);
        requireStatus(paper, PaperStatus.LOCKED);
        paper.questions().forEach(q -> bank.markUsed(q.versionId()));
        repository.setStatus(id, PaperStatus.PUBLISHED, clock.instant());
        audit.record(
                "paper.published",
                "paper",
                id,
                paper.paper().title() + ", " + paper.questions().size() + " 题");
        return get(id);
    }

    static void requireStatus(PaperDetail paper, PaperStatus expected) {
        if (paper.paper().status() != expected) {
            throw DomainException.conflict(
                    "paper.status.wrong", paper.paper().status().name(), expected.name());
        }
    }
}
