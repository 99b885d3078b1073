package org.jianding.app.competency;

import java.time.Instant;
import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned competency model: the current version, the version current at a moment, every version for the
 * history, and saving an edited model as a new version ({@link #save}).
 */
@Service
@Transactional
public class CompetencyModels {

    private final ModelRepository repository;
    private final Accounts accounts;

    CompetencyModels(ModelRepository repository, Accounts accounts) {
        this.repository = repository;
        this.accounts = accounts;
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
