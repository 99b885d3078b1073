package org.jianding.app.notifications;

/**
 * A channel for short messages besides e-mail: SMS or 企业微信 (WeCom). Jianding ships no such gateway; without a
 * bean of this type a logging sender writes each message to the log. To plug one in, add a Spring bean implementing
 * this interface (see docs/operations.md, "Notifications"): it receives every notice, is called after the notice is
 * stored, and whatever it throws is logged and never reaches the user or the business transaction.
 */
public interface InstantMessageSender {

    /**
     * Sends one short message.
     *
     * @param recipient who it is for: 企业微信 deployments commonly use the 工号 as the WeCom user id
     * @param title one line
     * @param text the message itself
     * @param url the page it points to, absolute when the public address is set, else relative
     */
    void send(Recipient recipient, String title, String text, String url);

    /** The person a message is for. */
    record Recipient(long userId, String employeeNo, String displayName) {}
}
