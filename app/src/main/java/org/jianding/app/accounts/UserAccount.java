package org.jianding.app.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jianding.bank.Level;

/** A user as other modules and the web layer see it: never the password hash. */
public record UserAccount(
        long id,
        String employeeNo,
        String displayName,
        OrgUnit orgUnit,
        Post post,
        Level level,
        LocalDate inPostSince,
        Set<Role> roles,
        boolean enabled,
        boolean mustChangePassword,
        Instant lockedUntil,
        Instant createdAt,
        Instant updatedAt) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
