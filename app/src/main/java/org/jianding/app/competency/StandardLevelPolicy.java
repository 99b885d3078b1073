package org.jianding.app.competency;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jianding.app.accounts.UserAccount;
import org.jianding.bank.Level;

/**
 * Which certification level a person's standard is read at: the highest level they hold a certificate for in their
 * post that is valid today (from {@link CertificationDirectory}); else the level the accounts module records for
 * them (当前级别, declared by an administrator or the user import); else 初级.
 */
final class StandardLevelPolicy {

    /** Why the level was chosen, for the record page. */
    enum Basis {
        CERTIFIED,
        DECLARED,
        DEFAULT
    }

    record Choice(Level level, Basis basis) {}

    private StandardLevelPolicy() {}

    static Choice of(UserAccount person, List<CertificationLine> certifications, LocalDate today) {
        Optional<Level> certified = certifications.stream()
                .filter(c -> c.validOn(today))
                .filter(c -> person.post() == null || person.post().name().equals(c.postName()))
                .map(CertificationLine::level)
                .filter(java.util.Objects::nonNull)
                .min(Comparator.comparingInt(Level::rank));
        if (certified.isPresent()) {
            return new Choice(certified.get(), Basis.CERTIFIED);
        }
        if (person.level() != null) {
            return new Choice(person.level(), Basis.DECLARED);
        }
        return new Choice(Level.JUNIOR, Basis.DEFAULT);
    }
}
