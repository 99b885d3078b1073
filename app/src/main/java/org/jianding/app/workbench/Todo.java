package org.jianding.app.workbench;

import java.time.Instant;

/**
 * One line of a role's to-do list on the workbench.
 *
 * @param key the message key of what waits (待审核, 待阅卷 …)
 * @param detail what it concerns, e.g. the session's title; null when the key says it all
 * @param count how many; null for a single thing (an exam to take)
 * @param href the page that lists exactly these, filtered
 * @param when a moment worth knowing (an upcoming exam's opening); null otherwise
 */
public record Todo(String key, String detail, Integer count, String href, Instant when) {

    static Todo counted(String key, int count, String href) {
        return new Todo(key, null, count, href, null);
    }
}
