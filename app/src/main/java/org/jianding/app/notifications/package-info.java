/**
 * Notifications (通知): people hear about what concerns them, in the product (a bell with the unread count in the
 * top navigation, the list {@code /notifications}) and by e-mail through Spring Boot's mail support, unless they
 * turned e-mail off ({@code /notifications/settings}). Listens after commit to other modules' events (enrolment,
 * results released, documents issued, a question returned, graders assigned) and checks every few minutes for
 * sessions opening soon; every notice is stored once per person and subject, so a repeated event or two nodes
 * notify once. Sending happens after the notice is stored and never touches the transaction that caused it; an
 * SMS or 企业微信 channel plugs in as an {@link org.jianding.app.notifications.InstantMessageSender}. Tables:
 * notification, notification_setting.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "exams", "grading", "questions", "reports", "shared"})
package org.jianding.app.notifications;
