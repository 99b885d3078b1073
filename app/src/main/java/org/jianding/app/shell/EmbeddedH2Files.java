package org.jianding.app.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of an embedded H2 file database, kept private: no server mode that would open a port (and publish its
 * key in a lock file), the directory readable by the owner only (0700) and the database files too (0600). Other
 * database URLs (MySQL, MariaDB, in-memory H2) have no files here and are left alone.
 */
final class EmbeddedH2Files {

    private final Path directory;
    private final String baseName;

    private EmbeddedH2Files(Path directory, String baseName) {
        this.directory = directory;
        this.baseName = baseName;
    }

    /** The files behind an H2 file URL ({@code jdbc:h2:file:…} or {@code jdbc:h2:./…}); empty for anything else. */
    static Optional<EmbeddedH2Files> of(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        refuseServerMode(url);
        String location = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (location.matches("^(mem|tcp|ssl|zip|split|nio\\w*|async|retry|memFS|memLZF):.*")) {
            return Optional.empty();
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        Path file = Path.of(location).toAbsolutePath().normalize();
        return Optional.of(
                new EmbeddedH2Files(file.getParent(), file.getFileName().toString()));
    }

    /**
     * AUTO_SERVER makes the first process listen on all interfaces and write the port and key into a lock file;
     * the embedded database must accept no connection from outside this process.
     */
    private static void refuseServerMode(String url) {
        String upper = url.toUpperCase(Locale.ROOT).replace(" ", "");
        if (upper.contains(";AUTO_SERVER=TRUE") || upper.contains(";AUTO_SERVER_PORT=")) {
            throw new IllegalStateException("The embedded H2 database must not run in server mode: remove AUTO_SERVER"
                    + " from the database URL (DB_URL). Use MySQL or MariaDB to share a database between processes.");
        }
    }

    Path directory() {
        return directory;
    }

    /** Before the database opens: the directory exists and only its owner may enter it. */
    void prepareDirectory() {
        try {
            Files.createDirectories(directory);
            if (posix() && !directory.equals(Path.of(System.getProperty("user.home")))) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the database directory " + directory, e);
        }
    }

    /** After the database opened: its files are readable and writable by the owner only. */
    void tightenFiles() {
        if (!posix() || !Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(baseName + "."))
                    .filter(Files::isRegularFile)
                    .toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the database files in " + directory, e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
