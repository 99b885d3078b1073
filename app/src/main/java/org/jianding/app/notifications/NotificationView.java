package org.jianding.app.notifications;

import java.time.Instant;
import java.util.List;

/** A stored notification as its recipient sees it. */
public record NotificationView(
        long id,
        long userId,
        NotificationKind kind,
        List<String> args,
        String link,
        Instant createdAt,
        Instant readAt,
        Instant mailedAt) {

    public NotificationView {
        args = List.copyOf(args);
    }

    public boolean unread() {
        return readAt == null;
    }

    public String titleCode() {
        return "notification." + kind.name() + ".title";
    }

    public String bodyCode() {
        return "notification." + kind.name() + ".body";
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
