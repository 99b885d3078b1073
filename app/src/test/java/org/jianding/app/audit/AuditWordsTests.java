package org.jianding.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jianding.app.questions.WorkflowAction;
import org.junit.jupiter.api.Test;

/**
 * Every action and object type the code records into the audit log has words in both languages, so the audit page
 * never shows a code name such as exam.enrolled or examSession.
 */
class AuditWordsTests {

    /** audit.record…([AuditLog.SYSTEM | actor,] "action" [+ …], "type", …). */
    private static final Pattern RECORD = Pattern.compile(
            "\\baudit\\.record\\w*\\(\\s*(?:[\\w.]+,\\s*)?\"([^\"]+)\"(\\s*\\+)?[^,]*,\\s*\"([^\"]+)\"");

    @Test
    void everyRecordedActionAndTypeHasWordsInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = RECORD.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (m.group(2) == null) {
                        actions.add(m.group(1));
                    } else if (m.group(1).equals("question.")) {
                        Arrays.stream(WorkflowAction.values())
                                .forEach(a -> actions.add("question." + a.name().toLowerCase()));
                    } else {
                        actions.add(m.group(1) + "…"); // an action built at run time: name it here
                    }
                    types.add(m.group(3));
                }
            }
        }
        assertThat(actions).as("recorded actions").hasSizeGreaterThan(40);
        assertThat(AuditVocabulary.ACTIONS).containsAll(actions);
        assertThat(AuditVocabulary.TARGETS).containsAll(types);
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            AuditVocabulary.ACTIONS.forEach(a -> assertThat(p.getProperty("audit.action." + a))
                    .as(bundle + " audit.action." + a)
                    .isNotBlank());
            AuditVocabulary.TARGETS.forEach(t -> assertThat(p.getProperty("audit.target." + t))
                    .as(bundle + " audit.target." + t)
                    .isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
