package org.jianding.app.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jianding.app.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifying people and what they see of it: a notice is stored once per person and subject, then sent by e-mail
 * (and any instant-message channel) after its own transaction committed, so a mail server that is down or slow
 * never undoes or delays what caused the notice. Reading: a person's recent notices, the unread count, marking read.
 */
@Service
@Transactional
public class Notifications {

    /** How many notices the list shows, newest first. */
    static final int RECENT = 100;

    static final int MAX_EMAIL = 254;

    // one @, no spaces, a dot in the domain: enough to catch typing slips; the mail server judges the rest
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final NotificationRepository repository;
    private final Deliveries deliveries;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Notifications(
            NotificationRepository repository, Deliveries deliveries, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Tells each of these people (once per person and {@link Notice#subject}) and then sends what was new; returns
     * how many were told now. Never throws for a failed delivery.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int notify(Collection<Long> userIds, Notice notice) {
        List<Long> created = transactions.execute(status -> {
            List<Long> ids = new ArrayList<>();
            var now = clock.instant();
            for (Long userId : new LinkedHashSet<>(userIds)) {
                repository.insertIfAbsent(userId, notice, now).ifPresent(ids::add);
            }
            return ids;
        });
        if (created == null || created.isEmpty()) {
            return 0;
        }
        deliveries.deliver(created);
        return created.size();
    }

    @Transactional(readOnly = true)
    public List<NotificationView> recent(long userId) {
        return repository.recent(userId, RECENT);
    }

    @Transactional(readOnly = true)
    public int unread(long userId) {
        return repository.unread(userId);
    }

    /** Marks one of the user's notices read and returns it; someone else's answers as unknown. */
    public NotificationView open(long userId, long id) {
        NotificationView n =
                repository.find(userId, id).orElseThrow(() -> DomainException.notFound("notifications.notFound", id));
        repository.markRead(userId, id, clock.instant());
        return n;
    }

    public int markAllRead(long userId) {
        return repository.markAllRead(userId, clock.instant());
    }

    @Transactional(readOnly = true)
    public DeliveryPreference preference(long userId) {
        return repository.preference(userId).orElse(DeliveryPreference.DEFAULT);
    }

    /** Saves where and whether the user wants e-mail; refuses an address that cannot be one. */
    public DeliveryPreference savePreference(long userId, String email, boolean emailEnabled) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null
                && (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches())) {
            throw DomainException.badRequest("notifications.email.invalid", address);
        }
        DeliveryPreference preference = new DeliveryPreference(address, emailEnabled);
        repository.savePreference(userId, preference, clock.instant());
        return preference;
    }
}
