package org.jianding.app.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as Spring Security keeps it in the (database-backed) session. Small and serializable; the
 * password hash is erased after authentication.
 */
public final class JiandingUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String employeeNo;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    /** The account's access version at login; the session ends when the account's moves on (see AccessCheck). */
    private final int accessVersion;

    private String passwordHash;

    JiandingUser(UserAccount account, String passwordHash, int accessVersion, boolean locked) {
        this(
                account.id(),
                account.employeeNo(),
                account.displayName(),
                account.roles(),
                account.enabled(),
                locked,
                account.mustChangePassword(),
                accessVersion,
                passwordHash);
    }

    private JiandingUser(
            long id,
            String employeeNo,
            String displayName,
            Set<Role> roles,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            int accessVersion,
            String passwordHash) {
        this.id = id;
        this.employeeNo = employeeNo;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.accessVersion = accessVersion;
        this.passwordHash = passwordHash;
    }

    /** The same user after they chose their own password, which moved the account to {@code newAccessVersion}. */
    JiandingUser withPasswordChanged(int newAccessVersion) {
        return new JiandingUser(id, employeeNo, displayName, roles, enabled, locked, false, newAccessVersion, null);
    }

    int accessVersion() {
        return accessVersion;
    }

    public long id() {
        return id;
    }

    public String employeeNo() {
        return employeeNo;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return employeeNo;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JiandingUser u && u.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "JiandingUser[" + employeeNo + "]";
    }
}
