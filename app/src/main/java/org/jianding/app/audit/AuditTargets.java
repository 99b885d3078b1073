package org.jianding.app.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The 对象 of audit lines in words: the type in the reader's language and the object's name from the module that
 * owns it, linked to its page when the reader may open it. One lookup per type on the page, never one per line.
 */
@Component
class AuditTargets {

    /** What the 对象 cell shows: the words, and the page to open (null: none, or not for this reader). */
    record Shown(String label, String href, boolean deleted) {}

    private final Map<String, AuditObjectNames> names;
    private final MessageSource messages;

    AuditTargets(List<AuditObjectNames> providers, MessageSource messages) {
        this.names = providers.stream().collect(Collectors.toMap(AuditObjectNames::targetType, Function.identity()));
        this.messages = messages;
    }

    /** The 对象 of each of these lines, by line id. */
    Map<Long, Shown> of(Collection<AuditEvent> events, Locale locale, Authentication reader) {
        Map<String, Set<String>> idsByType = events.stream()
                .filter(e -> e.targetType() != null && e.targetId() != null)
                .collect(Collectors.groupingBy(
                        AuditEvent::targetType, Collectors.mapping(AuditEvent::targetId, Collectors.toSet())));
        Map<String, Map<String, AuditObject>> found = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            AuditObjectNames provider = names.get(type);
            if (provider != null) {
                found.put(type, provider.namesOf(ids, locale));
            }
        });
        Set<String> roles = reader == null
                ? Set.of()
                : reader.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(Objects::nonNull)
                        .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a)
                        .collect(Collectors.toSet());
        Map<Long, Shown> shown = new HashMap<>();
        for (AuditEvent e : events) {
            shown.put(e.id(), shown(e, found.get(e.targetType()), roles, locale));
        }
        return shown;
    }

    private Shown shown(AuditEvent e, Map<String, AuditObject> found, Set<String> roles, Locale locale) {
        String type = e.targetType() == null
                ? ""
                : messages.getMessage("audit.target." + e.targetType(), null, e.targetType(), locale);
        if (e.targetId() == null) {
            return new Shown(type, null, false);
        }
        if (found == null) { // no module names this type: its number is all there is
            return new Shown(type + " " + e.targetId(), null, false);
        }
        AuditObject object = found.get(e.targetId());
        if (object == null) {
            return new Shown(
                    messages.getMessage("audit.target.deleted", new Object[] {type, e.targetId()}, locale), null, true);
        }
        boolean mayOpen = object.href() != null
                && (object.openedBy().isEmpty() || object.openedBy().stream().anyMatch(roles::contains));
        return new Shown(type + " " + object.name(), mayOpen ? object.href() : null, false);
    }
}
