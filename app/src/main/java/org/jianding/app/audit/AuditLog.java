package org.jianding.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who did what to what. The actor is the logged-in user (or {@code system} outside a request); the entry
 * joins the caller's transaction, so a change and its audit line are committed together or not at all.
 */
@Service
public class AuditLog {

    public static final String SYSTEM = "system";

    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Records an action by the current user.
     *
     * @param action what was done, e.g. {@code user.created}
     * @param targetType the kind of thing, e.g. {@code user}
     * @param targetId its id, or null
     * @param detail a short human-readable description of the change (before/after where it matters)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, Object targetId, String detail) {
        recordAs(currentActor(), action, targetType, targetId, detail);
    }

    /** One target of an action recorded for many at once. */
    public record Target(Object id, String detail) {}

    /**
     * Records the same action by the current user on many targets (a batch import), one line each, written with
     * multi-row inserts rather than a statement per line.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String action, String targetType, List<Target> targets) {
        recordAllAs(currentActor(), action, targetType, targets);
    }

    /**
     * Records the same action of a named actor on many targets: {@link #SYSTEM} for what the system does on its own
     * account even while a user's request set it off (the detail then names that user).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAllAs(String actor, String action, String targetType, List<Target> targets) {
        repository.insertAll(
                clock.instant(),
                truncate(actor, 64),
                action,
                targetType,
                targets.stream()
                        .map(t -> new String[] {t.id() == null ? null : truncate(t.id().toString(), 64), t.detail()})
                        .toList(),
                remoteAddress());
    }

    /** Records an action of a named actor, e.g. a login attempt before anyone is authenticated. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, String targetType, Object targetId, String detail) {
        repository.insert(
                clock.instant(),
                truncate(actor, 64),
                action,
                targetType,
                targetId == null ? null : truncate(targetId.toString(), 64),
                detail,
                remoteAddress());
    }

    public List<AuditEvent> search(AuditQuery query) {
        return repository.search(query);
    }

    public long count(AuditQuery query) {
        return repository.count(query);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return truncate(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
