/**
 * The audit log: who did what to what, when, from where. Every module records its changes through {@link
 * org.jianding.app.audit.AuditLog}; score changes will be recorded here too. Table: audit_event (append-only).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.jianding.app.audit;
