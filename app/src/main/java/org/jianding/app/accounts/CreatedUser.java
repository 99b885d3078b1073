package org.jianding.app.accounts;

/**
 * A user just created or whose password was just reset, with the one-time password to hand over. The password is
 * shown once and never stored in clear.
 */
public record CreatedUser(UserAccount user, String temporaryPassword) {}
