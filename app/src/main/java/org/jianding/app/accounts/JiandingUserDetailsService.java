package org.jianding.app.accounts;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user for login by 工号; a lock-out in force makes the account locked. */
@Service
class JiandingUserDetailsService implements UserDetailsService {

    private final AccountRepository repository;
    private final Clock clock;

    JiandingUserDetailsService(AccountRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String employeeNo) {
        return repository
                .credentials(employeeNo == null ? "" : employeeNo.strip())
                .map(c -> new JiandingUser(
                        c.account(),
                        c.passwordHash(),
                        c.accessVersion(),
                        c.account().lockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
