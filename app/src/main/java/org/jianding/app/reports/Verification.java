package org.jianding.app.reports;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.shared.DisplayTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public look-up of a serial; a superseded revision answers with the serial of the current one (ADR 12). Malformed input, a wrong check character and an unknown serial all take the same path
 * (one indexed query) and give the same empty answer, so the response tells nothing about how close a guess was.
 */
@Service
@Transactional(readOnly = true)
public class Verification {

    private final CredentialRepository repository;
    private final Accounts accounts;
    private final Credentials credentials;
    private final DisplayTime time;
    private final String issuer;

    Verification(
            CredentialRepository repository,
            Accounts accounts,
            Credentials credentials,
            DisplayTime time,
            ReportSettings settings) {
        this.issuer = settings.issuer();
        this.repository = repository;
        this.accounts = accounts;
        this.credentials = credentials;
        this.time = time;
    }

    public Optional<VerifiedDocument> lookUp(String typed) {
        String serial = Serials.normalise(typed).orElse("JD-00000-00000-0000");
        Optional<Credential> found = repository.bySerial(serial);
        if (found.isEmpty() || !Serials.valid(serial)) {
            return Optional.empty();
        }
        Credential c = found.get();
        Map<Long, String> posts = accounts.posts().stream().collect(Collectors.toMap(Post::id, Post::name));
        String name = accounts.get(c.holderId()).displayName();
        return Optional.of(new VerifiedDocument(
                c.serial(),
                c.kind(),
                NameMask.mask(name),
                posts.getOrDefault(c.postId(), ""),
                c.level().label(),
                c.issuedOn(),
                c.expiresOn(),
                c.stateOn(credentials.today()),
                day(c.revokedAt()),
                c.revision(),
                day(c.supersededAt()),
                c.superseded() && c.supersededBy() != null ? current(c).serial() : null,
                c.level(),
                issuer));
    }

    /** The revision that replaced this one and every one after it; bounded, as a chain of rows could be corrupt. */
    private Credential current(Credential c) {
        Credential at = c;
        for (int hop = 0; hop < 100 && at.supersededBy() != null; hop++) {
            Optional<Credential> next = repository.byId(at.supersededBy());
            if (next.isEmpty()) {
                break;
            }
            at = next.get();
        }
        return at;
    }

    private LocalDate day(java.time.Instant at) {
        return at == null ? null : at.atZone(time.zone()).toLocalDate();
    }

    /** The canonical form of typed input, for redirecting the form to {@code /verify/{serial}}. */
    public static String canonical(String typed) {
        return Serials.normalise(typed).orElse(typed == null ? "" : typed.strip());
    }
}
