package org.jianding.app.notifications;

/**
 * How a person wants to hear: the e-mail address notices go to (none: no e-mail) and whether they want e-mail at
 * all. Notices in the product are always kept.
 */
public record DeliveryPreference(String email, boolean emailEnabled) {

    static final DeliveryPreference DEFAULT = new DeliveryPreference(null, true);

    /** Where e-mail goes, or null when none should. */
    public String mailTo() {
        return emailEnabled && email != null && !email.isBlank() ? email : null;
    }
}
