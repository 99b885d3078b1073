package org.jianding.app.shell;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;

/**
 * Reads {@code .properties} configuration files as UTF-8. Spring Boot reads them as ISO-8859-1, like {@link
 * java.util.Properties}, so every non-ASCII value written in a UTF-8 file (the issuer 鉴定职业技能等级认证中心 in
 * application.properties, an operator's own config/application.properties) arrived as mojibake. A file that is valid
 * UTF-8 is read as UTF-8; one that is not (written in Latin-1 on purpose) is read as before, so nothing that worked
 * breaks. {@code \\uXXXX} escapes keep working either way. Registered in META-INF/spring.factories ahead of Spring
 * Boot's own loader, which still reads {@code .xml} property files.
 */
public class Utf8PropertiesLoader implements PropertySourceLoader, Ordered {

    private final PropertiesPropertySourceLoader standard = new PropertiesPropertySourceLoader();

    @Override
    public String[] getFileExtensions() {
        return new String[] {"properties"};
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String text = utf8(bytes);
        if (text == null || text.chars().allMatch(c -> c < 0x80)) {
            return standard.load(name, resource);
        }
        return standard.load(name, new Escaped(resource, escapeNonAscii(text)));
    }

    /** The text if the bytes are well-formed UTF-8, else null. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The same properties in ASCII: every non-ASCII character as a {@code \\uXXXX} escape, which the ISO-8859-1
     * reader turns back into that character. A backslash that escaped a non-ASCII character ({@code \\中}, which
     * means 中) is dropped, since an escape cannot be escaped.
     */
    static String escapeNonAscii(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        boolean escaping = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
                escaping = c == '\\' && !escaping;
                continue;
            }
            if (escaping) {
                out.setLength(out.length() - 1);
                escaping = false;
            }
            out.append(String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }

    /** The original resource (its name and location, for origins in error messages) with escaped content. */
    private static final class Escaped extends AbstractResource {

        private final Resource original;
        private final byte[] content;

        Escaped(Resource original, String content) {
            this.original = original;
            this.content = content.getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public String getFilename() {
            return original.getFilename();
        }

        @Override
        public java.net.URL getURL() throws IOException {
            return original.getURL();
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getDescription() {
            return original.getDescription();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Escaped e && e.original.equals(original);
        }

        @Override
        public int hashCode() {
            return original.hashCode();
        }
    }
}
