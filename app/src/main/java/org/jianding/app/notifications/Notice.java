package org.jianding.app.notifications;

import java.util.List;

/**
 * What to tell people: the kind, what it is about ({@code subject}: one notice per person and subject, e.g. {@code
 * session:12}), the message arguments and the page it points to (relative to the site).
 */
public record Notice(NotificationKind kind, String subject, List<String> args, String link) {

    public Notice {
        if (subject.length() > 100 || link.length() > 255) {
            throw new IllegalArgumentException("subject or link too long: " + subject + " " + link);
        }
        // one argument per stored line
        args = args.stream()
                .map(a ->
                        a == null ? "" : a.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip())
                .toList();
    }
}
