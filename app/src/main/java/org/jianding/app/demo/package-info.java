/**
 * Demo data for trying Jianding out: one account per role, organisation units, and (as modules land) a question
 * bank. On for the embedded H2 default, off for MySQL/MariaDB unless {@code jianding.demo.enabled=true}.
 */
package org.jianding.app.demo;
