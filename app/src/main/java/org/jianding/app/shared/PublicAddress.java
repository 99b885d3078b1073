package org.jianding.app.shared;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The public address of the installation and whether documents may carry it. A score report or certificate is
 * checked by whoever holds it, from their own phone: a QR code that points at localhost, 127.0.0.1 or 0.0.0.0 sends
 * them nowhere, so results are not released and documents not printed until the address is set to one the public
 * reaches, or a loopback address is explicitly allowed for a demonstration (then every administrator's and officer's
 * page says so). Nothing is looked up in DNS: only the address as written is judged.
 */
@Component
public class PublicAddress {

    /** How the configured address stands. */
    public enum State {
        /** Set to an absolute http(s) address that is not a loopback address. */
        PUBLIC,
        /** A loopback address, allowed for a demonstration: usable, with a warning on administrators' pages. */
        LOOPBACK_ALLOWED,
        /** Not set. */
        UNSET,
        /** A loopback or unspecified address (localhost, 127.x, ::1, 0.0.0.0) without the demonstration opt-in. */
        LOOPBACK,
        /** Not an absolute http or https address. */
        INVALID
    }

    private final String baseUrl;
    private final State state;

    PublicAddress(PublicAddressSettings settings) {
        this.baseUrl = settings.publicBaseUrl();
        this.state = judge(baseUrl, settings.publicBaseUrlAllowLoopback());
    }

    static State judge(String url, boolean allowLoopback) {
        if (url == null || url.isBlank()) {
            return State.UNSET;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return State.INVALID;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return State.INVALID;
        }
        if (loopback(uri.getHost())) {
            return allowLoopback ? State.LOOPBACK_ALLOWED : State.LOOPBACK;
        }
        return State.PUBLIC;
    }

    /** Whether a host as written names this machine only (or no machine at all, like 0.0.0.0). */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("localhost.localdomain")) {
            return true;
        }
        if (h.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return h.startsWith("127.") || h.equals("0.0.0.0");
        }
        if (!h.contains(":")) {
            return false;
        }
        try {
            InetAddress a = InetAddress.getByName("[" + h + "]"); // an IPv6 literal: parsed, never resolved
            return a.isLoopbackAddress() || a.isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The configured address without a trailing slash; empty when not set. */
    public String baseUrl() {
        return baseUrl;
    }

    public State state() {
        return state;
    }

    /** Whether documents may be printed with this address and results released. */
    public boolean usable() {
        return state == State.PUBLIC || state == State.LOOPBACK_ALLOWED;
    }

    /**
     * Refuses (409, with a message that names the setting) while the address is not {@link #usable()}: releasing
     * results and printing documents call this first.
     */
    public void requireUsable() {
        if (!usable()) {
            throw DomainException.conflict(messageCode(), baseUrl);
        }
    }

    /** The message code that explains the state to an administrator; null when there is nothing to say. */
    public String messageCode() {
        return state == State.PUBLIC
                ? null
                : "publicAddress." + state.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
