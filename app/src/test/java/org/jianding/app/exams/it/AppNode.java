package org.jianding.app.exams.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jianding.app.testsupport.TestDatabase;

/**
 * The application as its own OS process: the boot jar Maven packaged ({@code target/jianding-app-*.jar}) on the
 * suite's database, a free loopback port, demo data on and the deadline job every second. Its output goes to
 * {@code target/app-nodes/NAME.log}. A shutdown hook kills it should the test JVM end first.
 */
public final class AppNode implements AutoCloseable {

    private final String name;
    private final List<String> jvmArgs;
    private final List<String> extraArgs;
    private Process process;
    private int port;
    private Path log;
    private final Thread reaper = new Thread(this::destroyQuietly);

    private AppNode(String name, List<String> jvmArgs, List<String> extraArgs) {
        this.name = name;
        this.jvmArgs = jvmArgs;
        this.extraArgs = extraArgs;
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Starts a node quickly for a functional test (small heap, C1 only: boots faster, serves a few users). */
    public static AppNode start(String name, TestDatabase.Connection db, String... extraArgs) throws IOException {
        return start(name, db, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"), extraArgs);
    }

    public static AppNode start(String name, TestDatabase.Connection db, List<String> jvmArgs, String... extraArgs)
            throws IOException {
        AppNode node = new AppNode(name, jvmArgs, List.of(extraArgs));
        node.launch(db);
        return node;
    }

    /** The packaged boot jar, or an explanation of how to get one. */
    public static Path bootJar() {
        File[] jars = new File("target")
                .listFiles((dir, n) -> n.matches("jianding-app-.*\\.jar") && !n.endsWith("-plain.jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no target/jianding-app-*.jar: run `./mvnw -pl app -am package` first");
        }
        return jars[0].toPath().toAbsolutePath();
    }

    private void launch(TestDatabase.Connection db) throws IOException {
        port = freePort();
        Path dir = Path.of("target", "app-nodes");
        Files.createDirectories(dir);
        log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of(
                "-jar",
                bootJar().toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--jianding.exam.deadline-job.interval=PT1S"));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("DB_URL", db.url());
        env.putIfAbsent("DB_POOL_SIZE", "10");
        env.put("DB_USER", db.user());
        env.put("DB_PASSWORD", db.password());
        env.put("DEMO_DATA", "true");
        process = builder.start();
    }

    /** Waits until the login page answers; fails with the end of the log if the node dies or takes too long. */
    public AppNode awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(uri().resolve("/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + tail());
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    /**
     * kill -9: SIGKILL, no shutdown hooks, no graceful shutdown, no commit of anything in flight. Returns the exit
     * code (137 = 128 + SIGKILL on Linux).
     */
    public int killNine() throws InterruptedException {
        ProcessHandle handle = process.toHandle();
        handle.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " still alive after SIGKILL");
        }
        return process.exitValue();
    }

    /** Starts the same node again (a new process, a new port) on the same database. */
    public AppNode restart(TestDatabase.Connection db) throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        Files.writeString(log, "\n----- restart -----\n", java.nio.file.StandardOpenOption.APPEND);
        launch(db);
        return this;
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    public String logText() throws IOException {
        return Files.readString(log);
    }

    /** Stops the node gracefully (SIGTERM), so that e.g. a flight recording is written; kills it after a minute. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
        close();
    }

    @Override
    public void close() {
        destroyQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }

    private void destroyQuietly() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
