/**
 * The workbench (工作台), every user's home page: for each role they hold, what waits for them, each count linking to
 * the page that lists it. The queries live in the modules that own the data and are reached through their facades;
 * this module only puts them together. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "questions", "papers", "exams", "grading", "reports", "competency", "shared"
        })
package org.jianding.app.workbench;
