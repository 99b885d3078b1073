package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/**
 * The embedded H2 default accepts no connection from outside the process and keeps its files to their owner: the
 * default URL has no server mode, a URL asking for one is refused at start, the directory is 0700 and the files 0600.
 */
class EmbeddedDatabaseSecurityTests {

    @TempDir
    Path temp;

    String defaultUrl;

    @BeforeEach
    void readTheShippedDefault() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        Matcher m = Pattern.compile("\\$\\{DB_URL:(.*)}").matcher(properties.getProperty("spring.datasource.url"));
        assertThat(m.matches()).isTrue();
        defaultUrl = m.group(1);
    }

    @Test
    void theDefaultIsAnEmbeddedFileDatabaseWithoutServerMode() {
        assertThat(defaultUrl).startsWith("jdbc:h2:file:./data/");
        assertThat(defaultUrl.toUpperCase()).doesNotContain("AUTO_SERVER");
        assertThat(EmbeddedH2Files.of(defaultUrl)).isPresent();
    }

    @Test
    void refusesAServerModeUrlAtStart() {
        var protection = protectionFor(defaultUrl + ";AUTO_SERVER=TRUE");
        assertThatThrownBy(() -> protection.postProcessBeanFactory(new DefaultListableBeanFactory()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AUTO_SERVER");
        assertThatThrownBy(() -> EmbeddedH2Files.of("jdbc:h2:file:./x;auto_server=true;MODE=MySQL"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDatabaseDirectoryAndFilesAreTheOwnersOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path directory = temp.resolve("data");
        String url = defaultUrl.replace("./data/", directory + "/");
        var protection = protectionFor(url);

        protection.postProcessBeanFactory(new DefaultListableBeanFactory());
        assertThat(permissions(directory)).isEqualTo("rwx------");
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("create table probe (id int)");
            protection.onApplicationEvent(null);
            try (Stream<Path> files = Files.list(directory)) {
                var names = files.toList();
                assertThat(names).isNotEmpty();
                assertThat(names).allSatisfy(f -> assertThat(permissions(f)).isEqualTo("rw-------"));
                assertThat(names).noneMatch(f -> f.toString().endsWith(".lock.db"));
            }
        }
    }

    @Test
    void lockedFilesLeftByAnOlderVersionAreRestrictedAtStart() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path directory = Files.createDirectories(temp.resolve("old"));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.writeString(directory.resolve("jianding.mv.db"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        protectionFor(defaultUrl.replace("./data/", directory + "/"))
                .postProcessBeanFactory(new DefaultListableBeanFactory());

        assertThat(permissions(directory)).isEqualTo("rwx------");
        assertThat(permissions(file)).isEqualTo("rw-------");
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        assertThat(EmbeddedH2Files.of("jdbc:mariadb://127.0.0.1:3306/jianding")).isEmpty();
        assertThat(EmbeddedH2Files.of("jdbc:h2:mem:x;MODE=MySQL")).isEmpty();
    }

    private static EmbeddedDatabaseProtection protectionFor(String url) {
        var protection = new EmbeddedDatabaseProtection();
        protection.setEnvironment(new MockEnvironment().withProperty("spring.datasource.url", url));
        return protection;
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
