package org.jianding.app.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.shared.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends stored notices: to every instant-message channel, and by e-mail to those who gave an address and did not
 * turn e-mail off, when a mail server is configured ({@code spring.mail.host}). Runs outside any transaction; a
 * failure is logged and the notice stays in the product (mails are not retried). Mails are in Chinese, the
 * language of the installation.
 */
@Component
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final NotificationRepository repository;
    private final Accounts accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final List<InstantMessageSender> instantSenders;
    private final MessageSource messages;
    private final PublicAddress address;
    private final NotificationSettings settings;
    private final Clock clock;

    Deliveries(
            NotificationRepository repository,
            Accounts accounts,
            ObjectProvider<JavaMailSender> mail,
            ObjectProvider<InstantMessageSender> instantSenders,
            MessageSource messages,
            PublicAddress address,
            NotificationSettings settings,
            Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.mail = mail;
        List<InstantMessageSender> plugged = instantSenders.orderedStream().toList();
        this.instantSenders = plugged.isEmpty() ? List.of(new LoggingInstantMessageSender()) : plugged;
        this.messages = messages;
        this.address = address;
        this.settings = settings;
        this.clock = clock;
    }

    void deliver(List<Long> notificationIds) {
        List<NotificationView> notices = repository.byIds(notificationIds);
        List<Long> userIds =
                notices.stream().map(NotificationView::userId).distinct().toList();
        Map<Long, UserAccount> users = accounts.getAll(userIds);
        Map<Long, DeliveryPreference> preferences = repository.preferences(userIds);
        JavaMailSender sender = mail.getIfAvailable();
        for (NotificationView n : notices) {
            UserAccount user = users.get(n.userId());
            if (user == null || !user.enabled()) {
                continue;
            }
            String title = messages.getMessage(n.titleCode(), n.arguments(), MAIL_LOCALE);
            String body = messages.getMessage(n.bodyCode(), n.arguments(), MAIL_LOCALE);
            String url = url(n.link());
            sendInstant(user, title, body, url);
            String to = preferences
                    .getOrDefault(n.userId(), DeliveryPreference.DEFAULT)
                    .mailTo();
            if (to != null && sender != null) {
                sendMail(sender, n, to, title, body, url);
            }
        }
    }

    private void sendInstant(UserAccount user, String title, String body, String url) {
        var recipient = new InstantMessageSender.Recipient(user.id(), user.employeeNo(), user.displayName());
        for (InstantMessageSender s : instantSenders) {
            try {
                s.send(recipient, title, body, url);
            } catch (RuntimeException e) {
                log.warn("instant message to {} failed: {}", user.employeeNo(), e.toString());
            }
        }
    }

    private void sendMail(JavaMailSender sender, NotificationView n, String to, String title, String body, String url) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(to);
        message.setSubject(messages.getMessage("notification.mail.subject", new Object[] {title}, MAIL_LOCALE));
        message.setText(messages.getMessage(
                "notification.mail.text",
                new Object[] {title, body, url, url("/notifications/settings")},
                MAIL_LOCALE));
        try {
            sender.send(message);
            repository.markMailed(n.id(), clock.instant());
        } catch (RuntimeException e) { // MailException, or anything the server answered unexpectedly
            log.warn("notification mail {} to user {} failed: {}", n.id(), n.userId(), e.toString());
        }
    }

    /** The page's address as a person outside can open it; relative while no public address is set. */
    private String url(String link) {
        String base = address.baseUrl();
        return base == null || base.isBlank() ? link : base + link;
    }
}
