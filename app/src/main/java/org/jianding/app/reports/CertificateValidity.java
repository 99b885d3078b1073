package org.jianding.app.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.springframework.stereotype.Component;

/**
 * How long a certificate of each level is valid (table certificate_validity; defaults 四级 and 三级 36 months, 二级 48,
 * 一级 60). A certificate issued on day D with n months expires on D + n months − 1 day; a level set to no
 * validity never expires. Changing it applies to certificates issued afterwards.
 */
@Component
class CertificateValidity {

    private final CredentialRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    CertificateValidity(CredentialRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The expiry of a certificate of this level issued on that day, given the months of every level ({@link
     * #months}): read once for many certificates.
     */
    static LocalDate expiry(Map<Level, Integer> months, Level level, LocalDate issuedOn) {
        Integer m = months.get(level);
        return m == null ? null : issuedOn.plusMonths(m).minusDays(1);
    }

    Map<Level, Integer> months() {
        Map<Level, Integer> all = new EnumMap<>(Level.class);
        Map<Level, Integer> stored = repository.validity();
        for (Level l : Level.values()) {
            all.put(l, stored.get(l));
        }
        return all;
    }

    void set(Level level, Integer months, long userId) {
        if (months != null && (months < 1 || months > 600)) {
            throw DomainException.badRequest("reports.validity.range", 1, 600);
        }
        Integer before = repository.validity().get(level);
        repository.setValidity(level, months, userId, clock.instant());
        audit.record(
                "reports.validity.changed",
                "certificateValidity",
                level.name(),
                level.label() + "：" + label(before) + " → " + label(months));
    }

    private static String label(Integer months) {
        return months == null ? "长期有效" : months + " 个月";
    }
}
