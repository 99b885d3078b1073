package org.jianding.app.grading;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The label a grader sees instead of a candidate (答卷 #A3F9C2): a keyed hash of the attempt with the session's
 * secret, stable for the session and useless for finding the attempt, let alone the candidate, without the key.
 */
final class AnonymousLabel {

    private AnonymousLabel() {}

    static String of(String sessionSecret, long attemptId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] hash = mac.doFinal(Long.toString(attemptId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 3).toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
