package org.jianding.app.competency;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned competency model: the current version, the version current at a moment, every version for the
 * history, and saving an edited model as a new version ({@link #save}).
 */
@Service
@RetriedOnConflict
@Transactional
public class CompetencyModels {

    private final ModelRepository repository;
    private final Accounts accounts;
    private final KnowledgeTree tree;
    private final AuditLog audit;
    private final Clock clock;

    CompetencyModels(ModelRepository repository, Accounts accounts, KnowledgeTree tree, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.tree = tree;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves the edited model (form fields as read by {@link ModelEdit}) as a new version with the required note;
     * refuses with every problem at once, and refuses a save that changes nothing. Values recorded earlier keep the
     * version they were made under.
     */
    public CompetencyModel save(Map<String, String> form, String note, long userId) {
        CompetencyModel current = current();
        ModelEdit edit = new ModelEdit(
                current, form, accounts.posts(), code -> tree.byCode(code).isPresent());
        ModelRepository.Definition definition = edit.read();
        List<CompetencyProblem> problems = new ArrayList<>(edit.problems());
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) {
            problems.add(CompetencyProblem.of("note", "competency.model.noteMissing"));
        } else if (n.length() > 500) {
            problems.add(CompetencyProblem.of("note", "competency.model.noteTooLong", 500));
        }
        if (problems.isEmpty() && sameAs(current, definition)) {
            problems.add(CompetencyProblem.of("general", "competency.model.unchanged"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCompetencyInputException(problems);
        }
        int version;
        try {
            version = repository.insert(definition, n, userId, clock.instant());
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("competency.model.concurrent");
        }
        audit.record("competency.model.saved", "competencyModel", version, "第" + version + "版：" + n);
        return version(version);
    }

    private static boolean sameAs(CompetencyModel current, ModelRepository.Definition d) {
        return current.classes().equals(d.classes())
                && current.items().equals(d.items())
                && current.bands().entrySet().stream()
                        .allMatch(e -> e.getValue().compareTo(d.bands().get(e.getKey())) == 0)
                && current.standards().equals(d.standards());
    }

    @Transactional(readOnly = true)
    public CompetencyModel current() {
        return repository.latest().orElseThrow(() -> DomainException.conflict("competency.model.missing"));
    }

    /** The version in force at that moment (the first version for moments before it was saved). */
    @Transactional(readOnly = true)
    public CompetencyModel at(Instant asOf) {
        return repository.at(asOf).orElseThrow(() -> DomainException.conflict("competency.model.missing"));
    }

    @Transactional(readOnly = true)
    public CompetencyModel version(int version) {
        return repository
                .find(version)
                .orElseThrow(() -> DomainException.notFound("competency.model.version.notFound", version));
    }

    /** Every version, newest first, with the name of who saved it. */
    @Transactional(readOnly = true)
    public List<ModelVersion> versions() {
        List<ModelVersion> versions = repository.versions();
        var names = accounts.displayNames(versions.stream()
                .map(ModelVersion::createdById)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        return versions.stream()
                .map(v -> new ModelVersion(
                        v.version(),
                        v.note(),
                        v.createdById(),
                        v.createdById() == null ? null : names.get(v.createdById()),
                        v.createdAt()))
                .toList();
    }
}
