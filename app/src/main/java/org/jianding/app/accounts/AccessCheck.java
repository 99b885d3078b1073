package org.jianding.app.accounts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a logged-in user's session still stands: the account exists, is enabled, and has not moved to a newer
 * access version since the session was granted (roles, 工号 or password changed, or disabled). Read from the
 * database on every request, so a revocation holds at once on every node.
 */
@Component
public class AccessCheck {

    private final AccountRepository repository;

    AccessCheck(AccountRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public boolean stillGranted(JiandingUser user) {
        return repository
                .accessVersionIfEnabled(user.id())
                .map(version -> version == user.accessVersion())
                .orElse(false);
    }
}
