package org.jianding.app.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The stand-in while no SMS or 企业微信 gateway is plugged in: writes each message to the log. */
class LoggingInstantMessageSender implements InstantMessageSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingInstantMessageSender.class);

    @Override
    public void send(Recipient recipient, String title, String text, String url) {
        log.info("instant message (no SMS/企业微信 sender configured) to {}: {}", recipient.employeeNo(), title);
    }
}
