package org.jianding.app.shell;

import java.util.Set;
import org.jianding.app.accounts.Role;

/** One entry of the navigation: a message code, a link, and the roles that see it. */
record NavItem(String labelCode, String href, Set<Role> roles) {

    boolean visibleTo(Set<Role> userRoles) {
        return roles.stream().anyMatch(userRoles::contains);
    }
}
