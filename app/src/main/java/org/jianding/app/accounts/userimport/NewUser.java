package org.jianding.app.accounts.userimport;

import org.jianding.app.accounts.UserDraft;

/** A row that passed every check: the user to create, and the initial password if the sheet gave one. */
record NewUser(int row, UserDraft draft, String initialPassword) {}
