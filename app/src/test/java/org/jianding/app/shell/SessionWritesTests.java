package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.jianding.app.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Login sessions' writes (issue 19: the Galera failover answered two saves with 500 from Spring Session's write): a
 * session write that meets a conflict is run again and lands, and a request that changed nothing but the last-access
 * time is not written back until the stored time is a minute old. On the real database, with a row lock held by
 * another transaction and a lock-wait timeout of one second on the application's connections.
 */
@SpringBootTest
class SessionWritesTests {

    @DynamicPropertySource
    static void shortLockWaits(DynamicPropertyRegistry registry) {
        boolean h2 = TestDatabase.selected().url().startsWith("jdbc:h2:");
        registry.add(
                "spring.datasource.hikari.connection-init-sql",
                () -> h2 ? "SET LOCK_TIMEOUT 1000" : "SET SESSION innodb_lock_wait_timeout = 1");
    }

    SessionRepository<Session> sessions;

    @Autowired
    void sessions(ApplicationContext context) {
        Object bean = context.getBean("sessionRepository");
        assertThat(bean).isInstanceOf(SparingSessionRepository.class);
        @SuppressWarnings("unchecked")
        SessionRepository<Session> repository = (SessionRepository<Session>) bean;
        sessions = repository;
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry registry;

    @Test
    void aSessionWriteThatMeetsALockHeldElsewhereIsRunAgainAndLands() throws Exception {
        Session s = sessions.createSession();
        s.setAttribute("exam", "first");
        sessions.save(s);
        String id = s.getId();
        double before = retries();

        Session loaded = sessions.findById(id);
        loaded.setAttribute("exam", "second");
        loaded.setLastAccessedTime(Instant.now().plusSeconds(120));
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            lockRows(blocker, id);
            CompletableFuture<Void> write = CompletableFuture.runAsync(() -> sessions.save(loaded));
            // the first run waits a second for the lock, fails, and is run again
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> retries() > before);
            assertThat(write).isNotDone();
            blocker.rollback();
            write.get(30, TimeUnit.SECONDS);
        }
        Session after = sessions.findById(id);
        assertThat((String) after.getAttribute("exam")).isEqualTo("second");
        assertThat(retries()).isGreaterThan(before);
    }

    @Test
    void aRequestThatChangedNothingIsNotWrittenUntilTheStoredTimeIsAMinuteOld() {
        Session s = sessions.createSession();
        s.setAttribute("exam", "kept");
        sessions.save(s);
        String id = s.getId();
        long stored = lastAccess(id);

        // what the session filter does on every request: move the last-access time, then save
        Session request = sessions.findById(id);
        request.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(30));
        sessions.save(request);
        assertThat(lastAccess(id)).as("30 s later: not written").isEqualTo(stored);

        Session changing = sessions.findById(id);
        changing.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(31));
        changing.setAttribute("exam", "changed");
        sessions.save(changing);
        assertThat(lastAccess(id)).as("an attribute changed: written").isEqualTo(stored + 31_000);

        Session later = sessions.findById(id);
        later.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(31 + 60));
        sessions.save(later);
        assertThat(lastAccess(id)).as("a minute after the stored time: written").isEqualTo(stored + 91_000);
        assertThat((String) sessions.findById(id).getAttribute("exam")).isEqualTo("changed");
    }

    private void lockRows(Connection blocker, String sessionId) throws Exception {
        try (PreparedStatement p =
                blocker.prepareStatement("SELECT PRIMARY_ID FROM SPRING_SESSION WHERE SESSION_ID = ? FOR UPDATE")) {
            p.setString(1, sessionId);
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).isTrue();
                String primary = rs.getString(1);
                try (PreparedStatement a = blocker.prepareStatement(
                        "SELECT ATTRIBUTE_NAME FROM SPRING_SESSION_ATTRIBUTES WHERE SESSION_PRIMARY_ID = ? FOR UPDATE")) {
                    a.setString(1, primary);
                    a.executeQuery().close();
                }
            }
        }
    }

    private long lastAccess(String sessionId) {
        Long t = jdbc.queryForObject(
                "SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?", Long.class, sessionId);
        return t == null ? 0 : t;
    }

    private double retries() {
        return registry.find("jianding.db.retries").tag("operation", "SpringSession.save").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }
}
