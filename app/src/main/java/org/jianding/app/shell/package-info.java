/**
 * The web shell: security filter chains, login page, the role-aware navigation and home page, language switching,
 * error pages and the JSON API's ProblemDetail errors. Owns no tables.
 */
package org.jianding.app.shell;
