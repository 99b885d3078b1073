/**
 * Demo data for trying Jianding out: one account per role, organisation units, the demo question bank, default
 * blueprints, a published demo exam and a first round of competency assessments by the demo assessor. On for the
 * embedded H2 default, off for MySQL/MariaDB unless {@code jianding.demo.enabled=true}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "blueprints", "competency", "exams", "grading", "questions"})
package org.jianding.app.demo;
