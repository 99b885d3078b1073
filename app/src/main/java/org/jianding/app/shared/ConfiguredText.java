package org.jianding.app.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks text that comes from configuration and is printed for people to read (the issuing body on certificates),
 * so that an encoding fault stops the start with the name of the setting instead of being printed on every
 * document. Two faults are recognised: UTF-8 read as ISO-8859-1 (each Chinese character arrives as three Latin-1 characters such as
 * "é´", what Spring Boot did to application.properties before {@code Utf8PropertiesLoader}), and characters lost on the way (U+FFFD,
 * what the JVM makes of a non-ASCII environment variable under a non-UTF-8 locale).
 */
public final class ConfiguredText {

    private ConfiguredText() {}

    /** The value, if it reads as text; otherwise an exception naming the setting and the likely cause. */
    public static String requireReadable(String setting, String value) {
        if (value.indexOf('\uFFFD') >= 0) {
            throw new IllegalStateException(setting + " contains U+FFFD (a character was lost in decoding): if it is"
                    + " set in an environment variable, start the JVM under a UTF-8 locale (LANG=C.UTF-8), or set it"
                    + " in a UTF-8 configuration file");
        }
        if (utf8ReadAsLatin1(value)) {
            throw new IllegalStateException(setting + " reads as UTF-8 decoded as ISO-8859-1 (\"" + value
                    + "\"): write the configuration file in UTF-8 and load it as an application.properties or"
                    + " application.yml file");
        }
        return value;
    }

    /**
     * Whether every character is a single byte, some are not ASCII, and those bytes form valid UTF-8: text that
     * was UTF-8 and was read byte by byte. Real Latin-1 text (Zürich) is almost never valid UTF-8.
     */
    static boolean utf8ReadAsLatin1(String value) {
        if (value.chars().anyMatch(c -> c > 0xFF) || value.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
