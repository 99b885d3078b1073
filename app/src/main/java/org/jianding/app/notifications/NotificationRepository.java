package org.jianding.app.notifications;

import static org.jianding.app.notifications.db.Tables.NOTIFICATION;
import static org.jianding.app.notifications.db.Tables.NOTIFICATION_SETTING;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.app.notifications.db.tables.records.NotificationRecord;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Notifications and delivery preferences (tables notification, notification_setting). */
@Repository
class NotificationRepository {

    private final DSLContext db;

    NotificationRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores a notice for one person unless they have one on the same subject: the new id, or empty. */
    Optional<Long> insertIfAbsent(long userId, Notice notice, Instant now) {
        try {
            Long id = db.insertInto(NOTIFICATION)
                    .set(NOTIFICATION.USER_ID, userId)
                    .set(NOTIFICATION.KIND, notice.kind().name())
                    .set(NOTIFICATION.DEDUPE_KEY, notice.subject())
                    .set(NOTIFICATION.ARGS, String.join("\n", notice.args()))
                    .set(NOTIFICATION.LINK, notice.link())
                    .set(NOTIFICATION.CREATED_AT, now)
                    .returningResult(NOTIFICATION.ID)
                    .fetchOne(NOTIFICATION.ID);
            return Optional.ofNullable(id);
        } catch (DuplicateKeyException e) {
            // the same notice, stored by a listener that ran before or another node
            return Optional.empty();
        }
    }

    List<NotificationView> recent(long userId, int limit) {
        return db.selectFrom(NOTIFICATION)
                .where(NOTIFICATION.USER_ID.eq(userId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .limit(limit)
                .fetch(NotificationRepository::view);
    }

    Optional<NotificationView> find(long userId, long id) {
        return db.selectFrom(NOTIFICATION)
                .where(NOTIFICATION.ID.eq(id))
                .and(NOTIFICATION.USER_ID.eq(userId))
                .fetchOptional(NotificationRepository::view);
    }

    List<NotificationView> byIds(Collection<Long> ids) {
        return db.selectFrom(NOTIFICATION)
                .where(NOTIFICATION.ID.in(ids))
                .orderBy(NOTIFICATION.ID)
                .fetch(NotificationRepository::view);
    }

    int unread(long userId) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.READ_AT.isNull()));
    }

    boolean markRead(long userId, long id, Instant now) {
        return db.update(NOTIFICATION)
                        .set(NOTIFICATION.READ_AT, now)
                        .where(NOTIFICATION.ID.eq(id))
                        .and(NOTIFICATION.USER_ID.eq(userId))
                        .and(NOTIFICATION.READ_AT.isNull())
                        .execute()
                > 0;
    }

    int markAllRead(long userId, Instant now) {
        return db.update(NOTIFICATION)
                .set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.USER_ID.eq(userId))
                .and(NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    void markMailed(long id, Instant now) {
        db.update(NOTIFICATION)
                .set(NOTIFICATION.MAILED_AT, now)
                .where(NOTIFICATION.ID.eq(id))
                .execute();
    }

    Optional<DeliveryPreference> preference(long userId) {
        return db.select(NOTIFICATION_SETTING.EMAIL, NOTIFICATION_SETTING.EMAIL_ENABLED)
                .from(NOTIFICATION_SETTING)
                .where(NOTIFICATION_SETTING.USER_ID.eq(userId))
                .fetchOptional(r -> new DeliveryPreference(r.value1(), Boolean.TRUE.equals(r.value2())));
    }

    Map<Long, DeliveryPreference> preferences(Collection<Long> userIds) {
        Map<Long, DeliveryPreference> out = new HashMap<>();
        db.select(NOTIFICATION_SETTING.USER_ID, NOTIFICATION_SETTING.EMAIL, NOTIFICATION_SETTING.EMAIL_ENABLED)
                .from(NOTIFICATION_SETTING)
                .where(NOTIFICATION_SETTING.USER_ID.in(userIds))
                .forEach(r -> out.put(r.value1(), new DeliveryPreference(r.value2(), Boolean.TRUE.equals(r.value3()))));
        return out;
    }

    void savePreference(long userId, DeliveryPreference preference, Instant now) {
        int updated = db.update(NOTIFICATION_SETTING)
                .set(NOTIFICATION_SETTING.EMAIL, preference.email())
                .set(NOTIFICATION_SETTING.EMAIL_ENABLED, preference.emailEnabled())
                .set(NOTIFICATION_SETTING.UPDATED_AT, now)
                .where(NOTIFICATION_SETTING.USER_ID.eq(userId))
                .execute();
        if (updated == 0) {
            try {
                db.insertInto(NOTIFICATION_SETTING)
                        .set(NOTIFICATION_SETTING.USER_ID, userId)
                        .set(NOTIFICATION_SETTING.EMAIL, preference.email())
                        .set(NOTIFICATION_SETTING.EMAIL_ENABLED, preference.emailEnabled())
                        .set(NOTIFICATION_SETTING.UPDATED_AT, now)
                        .execute();
            } catch (DuplicateKeyException e) {
                // saved at the same moment from another tab: the later save wins, as an update would
                savePreference(userId, preference, now);
            }
        }
    }

    private static NotificationView view(NotificationRecord r) {
        String args = r.getArgs();
        return new NotificationView(
                r.getId(),
                r.getUserId(),
                NotificationKind.valueOf(r.getKind()),
                args.isEmpty() ? List.of() : Arrays.asList(args.split("\n", -1)),
                r.getLink(),
                r.getCreatedAt(),
                r.getReadAt(),
                r.getMailedAt());
    }
}
