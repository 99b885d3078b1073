package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message exists in both languages, and every message key the pages and the code name exists at all: a
 * missing key shows the reader the key itself (or ??key??) instead of words.
 */
class MessageKeysTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path JAVA = Path.of("src/main/java");

    /** A literal key in a template: #{key} or #{key(args)}, not #{${expression}}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.\\-]*)[})(]");

    /** Keys the code passes as message codes: refusals, notices, navigation entries, page titles. */
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:DomainException\\.(?:badRequest|notFound|conflict|forbidden)|addFlashAttribute\\(\"(?:notice|errorCode)\","
                    + "|addAttribute\\(\"(?:notice|errorCode)\",|new NavItem|getMessage)\\(?\\s*\"([a-z][\\w.\\-]*[\\w])\"");

    @Test
    void everyMessageExistsInChineseAndInEnglish() throws IOException {
        Set<String> problems = new TreeSet<>();
        for (Path chinese : bundles()) {
            Path english =
                    chinese.resolveSibling(chinese.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(english).as("English bundle of " + chinese).exists();
            Set<String> zh = load(chinese).stringPropertyNames();
            Set<String> en = load(english).stringPropertyNames();
            zh.stream()
                    .filter(k -> !en.contains(k))
                    .forEach(k -> problems.add(RESOURCES.relativize(english) + " lacks " + k));
            en.stream()
                    .filter(k -> !zh.contains(k))
                    .forEach(k -> problems.add(RESOURCES.relativize(chinese) + " lacks " + k));
        }
        assertThat(problems).as("messages missing from one language").isEmpty();
    }

    @Test
    void everyKeyThePagesAndTheCodeNameExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path bundle : bundles()) {
            known.addAll(load(bundle).stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        // the counts guard the patterns themselves: a pattern that stopped matching would pass everything
        assertThat(collect(TEMPLATES, ".html", TEMPLATE_KEY, known, missing)).isGreaterThan(500);
        assertThat(collect(JAVA, ".java", CODE_KEY, known, missing)).isGreaterThan(100);
        assertThat(missing)
                .as("message keys used but defined in neither language")
                .isEmpty();
    }

    /**
     * A message with arguments is formatted by MessageFormat, to which a lone apostrophe opens a quotation: "the
     * session's {0}" would lose its apostrophe and show {0} as it is. Such a message writes it twice.
     */
    @Test
    void aMessageWithArgumentsDoublesItsApostrophes() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        Set<String> problems = new TreeSet<>();
        for (Path chinese : bundles()) {
            Path english =
                    chinese.resolveSibling(chinese.getFileName().toString().replace(".properties", "_en.properties"));
            for (Path bundle : List.of(chinese, english)) {
                Properties p = load(bundle);
                p.stringPropertyNames().stream()
                        .filter(k -> argument.matcher(p.getProperty(k)).find()
                                && lone.matcher(p.getProperty(k)).find())
                        .forEach(k -> problems.add(RESOURCES.relativize(bundle) + " " + k));
            }
        }
        assertThat(problems).as("messages with arguments and a lone apostrophe").isEmpty();
    }

    /** Adds the keys under {@code root} that are not {@code known} to {@code missing}; returns how many keys it saw. */
    private static int collect(Path root, String suffix, Pattern pattern, Set<String> known, Set<String> missing)
            throws IOException {
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    seen.add(m.group(1));
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + root.relativize(file) + ")");
                    }
                }
            }
        }
        return seen.size();
    }

    /** The Chinese (default) bundles: messages.properties and i18n/*.properties. */
    private static Set<Path> bundles() throws IOException {
        Set<Path> out = new TreeSet<>();
        out.add(RESOURCES.resolve("messages.properties"));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.filter(f -> f.toString().endsWith(".properties")
                            && !f.toString().endsWith("_en.properties"))
                    .forEach(out::add);
        }
        return out;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
