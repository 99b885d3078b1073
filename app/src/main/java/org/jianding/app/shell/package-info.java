/**
 * The web shell: security filter chains, login page, the role-aware navigation and home page, language switching,
 * error pages and the JSON API's ProblemDetail errors. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "shared"})
package org.jianding.app.shell;
