/**
 * Accounts: users (工号, name, organisation unit, post, level), their roles, organisation units and posts; login
 * with lock-out, password change, administration and Excel import of users. Tables: app_user, user_role, org_unit,
 * post. Records every change in the audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"})
package org.jianding.app.accounts;
