package org.jianding.app.reports;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.competency.CertificationDirectory;
import org.jianding.app.competency.CertificationLine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The certificates of a person for the competency record, newest first, revoked ones included and marked. */
@Component
class CertificationLines implements CertificationDirectory {

    private final CredentialRepository repository;
    private final Accounts accounts;

    CertificationLines(CredentialRepository repository, Accounts accounts) {
        this.repository = repository;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CertificationLine> ofPerson(long userId) {
        Map<Long, String> posts = accounts.posts().stream().collect(Collectors.toMap(Post::id, Post::name));
        return repository.ofHolder(userId, CredentialKind.CERTIFICATE).stream()
                .map(c -> new CertificationLine(
                        c.serial(),
                        posts.getOrDefault(c.postId(), ""),
                        c.level(),
                        c.issuedOn(),
                        c.expiresOn(),
                        c.revoked(),
                        c.verifyPath()))
                .toList();
    }
}
