package org.jianding.app.audit;

import java.util.Set;

/**
 * An object of the audit log as people recognise it: its name (a person's 姓名 and 工号, a paper's name, a question's
 * stem...) and, where it has one, the page that shows it with the roles that may open that page (none: anyone).
 */
public record AuditObject(String name, String href, Set<String> openedBy) {

    public AuditObject {
        openedBy = openedBy == null ? Set.of() : Set.copyOf(openedBy);
    }

    /** An object without a page of its own. */
    public static AuditObject named(String name) {
        return new AuditObject(name, null, Set.of());
    }

    /** An object whose page those holding any of these roles (e.g. {@code ADMIN}) may open. */
    public static AuditObject linked(String name, String href, String... roles) {
        return new AuditObject(name, href, Set.of(roles));
    }
}
