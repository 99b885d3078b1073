package org.jianding.app.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jianding.app.shared.ConflictRetry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The login sessions' store (Spring Session JDBC) with two changes for exam day (issue 19):
 *
 * <ul>
 *   <li><b>Writes are retried</b>: a session write that meets a conflict (a Galera certification failure, a
 *       deadlock, a lock-wait timeout) or a broken connection (a database node lost) is run again by {@link
 *       ConflictRetry} ({@code jianding.db.retries{operation="SpringSession.save"}}), instead of answering 500 after
 *       the request's own work (a save) was done. Writing a session again gives the same row, so running it twice is
 *       safe.
 *   <li><b>A request that changed nothing is not written back</b>: Spring Session writes a session after every
 *       request only to move its last-access time. Here that time is written when an attribute, the id or the timeout
 *       changed, or when the stored time is at least {@code touchEvery} old; so an exam page's saves and clock calls
 *       cost one commit each instead of two. A session therefore expires up to {@code touchEvery} earlier than its
 *       timeout after the last request (30 minutes less one minute, by default).
 * </ul>
 */
final class SparingSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<SparingSessionRepository.Tracked<S>>, DisposableBean {

    private final FindByIndexNameSessionRepository<S> delegate;
    private final ObjectProvider<ConflictRetry> retry;
    private final Duration touchEvery;

    SparingSessionRepository(
            FindByIndexNameSessionRepository<S> delegate, ObjectProvider<ConflictRetry> retry, Duration touchEvery) {
        this.delegate = delegate;
        this.retry = retry;
        this.touchEvery = touchEvery;
    }

    @Override
    public Tracked<S> createSession() {
        return new Tracked<>(delegate.createSession(), true);
    }

    @Override
    public void save(Tracked<S> session) {
        if (session.isNew
                || session.changed
                || !session.loadedAccess.plus(touchEvery).isAfter(session.getLastAccessedTime())) {
            retry.getObject().run("SpringSession.save", true, () -> delegate.save(session.inner));
            session.isNew = false;
            session.changed = false;
            session.loadedAccess = session.getLastAccessedTime();
        }
    }

    @Override
    public Tracked<S> findById(String id) {
        S found = delegate.findById(id);
        return found == null ? null : new Tracked<>(found, false);
    }

    @Override
    public void deleteById(String id) {
        retry.getObject().run("SpringSession.delete", true, () -> delegate.deleteById(id));
    }

    @Override
    public Map<String, Tracked<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Tracked<S>> out = new LinkedHashMap<>();
        delegate.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, s) -> out.put(id, new Tracked<>(s, false)));
        return out;
    }

    @Override
    public void destroy() throws Exception {
        if (delegate instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /** A session that notes whether anything but its last-access time changed since it was read. */
    static final class Tracked<S extends Session> implements Session {
        private final S inner;
        private boolean isNew;
        private boolean changed;
        private Instant loadedAccess;

        Tracked(S inner, boolean isNew) {
            this.inner = inner;
            this.isNew = isNew;
            this.loadedAccess = inner.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return inner.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return inner.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return inner.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return inner.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            inner.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
            inner.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return inner.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            inner.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return inner.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            inner.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return inner.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return inner.isExpired();
        }
    }
}
