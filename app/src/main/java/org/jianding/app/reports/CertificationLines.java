package org.jianding.app.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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
        Map<Long, String> posts = posts();
        return repository.ofHolder(userId, CredentialKind.CERTIFICATE).stream()
                .map(c -> line(c, posts))
                .toList();
    }

    /** One query for all these people's certificates (and one for the post names), however many people. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<CertificationLine>> ofPeople(Collection<Long> userIds) {
        Map<Long, List<CertificationLine>> lines = new LinkedHashMap<>();
        userIds.forEach(id -> lines.put(id, new ArrayList<>()));
        if (lines.isEmpty()) {
            return lines;
        }
        Map<Long, String> posts = posts();
        repository
                .ofHolders(lines.keySet(), CredentialKind.CERTIFICATE)
                .forEach(c -> lines.get(c.holderId()).add(line(c, posts)));
        return lines;
    }

    private Map<Long, String> posts() {
        return accounts.posts().stream().collect(Collectors.toMap(Post::id, Post::name));
    }

    private static CertificationLine line(Credential c, Map<Long, String> posts) {
        return new CertificationLine(
                c.serial(),
                posts.getOrDefault(c.postId(), ""),
                c.level(),
                c.issuedOn(),
                c.expiresOn(),
                c.revoked(),
                c.verifyPath());
    }
}
