package org.jianding.app.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.grading.ResultStatus;
import org.jianding.app.grading.ResultSummary;
import org.jianding.app.grading.Results;
import org.jianding.app.shared.ConflictRetry;
import org.jianding.app.shared.DisplayTime;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.bank.Level;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues and revokes score reports and certificates. Issuing is idempotent: {@link #ensure} gives every released,
 * scored result its score report and every passed one its certificate, whatever ran before (the release listener,
 * a batch, a candidate opening their page), and a database key keeps one live document per result and kind even
 * when two nodes race. A change after release follows the result: a score report whose printed result changed is
 * reissued as its next revision under a new serial and the old one superseded (ADR 12), a pass that became a fail
 * loses its certificate (revoked by the system), a fail that became a pass gets one. Every issue, revision and
 * revocation is audited.
 *
 * <p>Documents are issued by the system, never by a person: on release ({@link #ensure}, audited as 签发), or, when
 * the release listener missed some (a node stopped in between), filled in later ({@link #fillIn}) when a batch, an
 * officer's session page or the candidate's own page needs them. The audit log then says 补发 by {@code system} and
 * names the user whose request set it off, who did not decide anything and must not appear as the issuer.
 */
@Service
@RetriedOnConflict
@Transactional
public class Credentials {

    /** Revocation reason when a released result changed to a fail (errata, re-marking). */
    static final String SYSTEM_REVOCATION = "发布后成绩变更为不合格，证书由系统撤销";

    private final CredentialRepository repository;
    private final Results results;
    private final ExamSessions sessions;
    private final CertificateValidity validity;
    private final AuditLog audit;
    private final Accounts accounts;
    private final TransactionTemplate transactions;
    private final ConflictRetry retry;
    private final Clock clock;
    private final DisplayTime time;
    private final ApplicationEventPublisher events;

    Credentials(
            CredentialRepository repository,
            Results results,
            ExamSessions sessions,
            CertificateValidity validity,
            AuditLog audit,
            Accounts accounts,
            TransactionTemplate transactions,
            ConflictRetry retry,
            Clock clock,
            DisplayTime time,
            ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.results = results;
        this.sessions = sessions;
        this.validity = validity;
        this.audit = audit;
        this.accounts = accounts;
        this.transactions = transactions;
        this.retry = retry;
        this.clock = clock;
        this.time = time;
    }

    /**
     * Gives each released, scored result among these attempts its score report and, when passed, its certificate,
     * unless it has them; a certificate revoked before is never issued again here. Returns how many were issued.
     * The issue date is the day of release.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int ensure(Collection<Long> attemptIds) {
        return retrying(() -> issueMissing(attemptIds, null));
    }

    /** Ensures the documents of every released result of the session, as on release. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int ensureSession(long sessionId) {
        return retrying(() -> issueMissing(results.releasedIn(sessionId), null));
    }

    /**
     * Issues what {@link #ensure} would, on a user's request rather than on release: still issued by the system, and
     * audited as 补发 naming the user and {@code occasion} (e.g. "打开我的证书与报告"). Returns how many were issued.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int fillIn(Collection<Long> attemptIds, long userId, String occasion) {
        UserAccount user = accounts.get(userId);
        String because = "由 " + user.displayName() + "（" + user.employeeNo() + "）" + occasion + "时补发";
        return retrying(() -> issueMissing(attemptIds, because));
    }

    /** {@link #fillIn} for every released result of the session. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int fillInSession(long sessionId, long userId, String occasion) {
        return fillIn(results.releasedIn(sessionId), userId, occasion);
    }

    /**
     * Runs issuing in a transaction of its own, again if the database rolled it back for a conflict
     * ({@link ConflictRetry}): two callers issuing the same session at once (the release listener and a page, two
     * nodes, or two nodes of a Galera cluster at commit) insert under the same unique key, and InnoDB or Galera then
     * rolls one back whole. The retry reads what the other committed and issues only what is still missing, so it is
     * safe after a broken connection too. Following a change after release goes through it too. Inside a caller's
     * transaction it joins that one, whose opener retries.
     */
    private int retrying(java.util.function.IntSupplier work) {
        return retry.run("Credentials.issue", true, () -> {
            Integer issued = transactions.execute(status -> work.getAsInt());
            return issued == null ? 0 : issued;
        });
    }

    private int issueMissing(Collection<Long> attemptIds, String filledInBecause) {
        return issueMissing(attemptIds, filledInBecause, false);
    }

    /**
     * Issues what is missing and reissues every score report whose result no longer prints as it did (a new
     * revision, see {@link #revise}). {@code changeReported}: the caller knows the result changed after release, so a
     * report issued before revisions were kept (no digest of what it printed) is reissued too; otherwise such a
     * report is taken to print the current result, as it did when it was last printed.
     */
    private int issueMissing(Collection<Long> attemptIds, String filledInBecause, boolean changeReported) {
        List<ResultSummary> released = results.summaries(attemptIds).stream()
                .filter(r -> r.released() && r.status() == ResultStatus.SCORED)
                .toList();
        Map<Long, List<Credential>> existing = new HashMap<>();
        repository
                .ofAttempts(released.stream().map(ResultSummary::attemptId).toList())
                .forEach(c -> existing.computeIfAbsent(c.attemptId(), k -> new ArrayList<>())
                        .add(c));
        Map<Long, ExamSession> sessionsById = new HashMap<>();
        Map<Level, Integer> months = validity.months();
        List<AuditLog.Target> issued = new ArrayList<>();
        for (ResultSummary r : released) {
            List<Credential> has = existing.getOrDefault(r.attemptId(), List.of());
            ExamSession session = sessionsById.computeIfAbsent(r.sessionId(), sessions::get);
            LocalDate day = r.releasedAt().atZone(time.zone()).toLocalDate();
            String printed = PrintedResult.digest(r);
            Optional<Credential> report = has.stream()
                    .filter(c -> c.kind() == CredentialKind.REPORT && c.current())
                    .findFirst();
            if (report.isEmpty()) {
                issue(CredentialKind.REPORT, r, session, day, months, nextRevision(has, CredentialKind.REPORT), printed)
                        .ifPresent(s -> issued.add(target(s, r, session, filledInBecause)));
            } else if (report.get().contentDigest() == null && !changeReported) {
                repository.describe(report.get().serial(), report.get().revision(), printed);
            } else if (!printed.equals(report.get().contentDigest())) {
                revise(report.get(), r, session, printed);
            }
            if (Boolean.TRUE.equals(r.passed())
                    && has.stream().noneMatch(c -> c.kind() == CredentialKind.CERTIFICATE)) {
                issue(CredentialKind.CERTIFICATE, r, session, day, months, 1, null)
                        .ifPresent(s -> issued.add(target(s, r, session, filledInBecause)));
            }
        }
        if (!issued.isEmpty()) {
            audit.recordAllAs(AuditLog.SYSTEM, "reports.issued", "credential", issued);
        }
        return issued.size();
    }

    /**
     * Replaces a score report whose result changed after release by its next revision: a new serial, issued today,
     * printing the result as it now is; the old one stops being live and says 已更正 on the public page, with the date
     * and the serial of its successor (ADR 12). Nothing happens if another caller replaced it a moment ago.
     */
    private void revise(Credential old, ResultSummary r, ExamSession session, String printed) {
        if (!repository.supersede(old.id(), clock.instant())) {
            return;
        }
        int revision = old.revision() + 1;
        String serial = issue(CredentialKind.REPORT, r, session, today(), validity.months(), revision, printed)
                .orElseThrow(() -> new IllegalStateException("a report of attempt " + r.attemptId()
                        + " became live while its predecessor was being superseded"));
        repository.linkSuccessor(
                old.id(), repository.bySerial(serial).orElseThrow().id());
        audit.recordAs(
                AuditLog.SYSTEM,
                "reports.revised",
                "credential",
                serial,
                "发布后成绩变更（" + session.title() + "：考生 " + r.candidateId() + "，标准分 " + r.standardScore()
                        + (Boolean.TRUE.equals(r.passed()) ? " 合格" : " 不合格") + "），成绩报告单第 " + revision + " 版替代 "
                        + old.serial());
    }

    private static int nextRevision(List<Credential> has, CredentialKind kind) {
        return has.stream()
                        .filter(c -> c.kind() == kind)
                        .mapToInt(Credential::revision)
                        .max()
                        .orElse(0)
                + 1;
    }

    /**
     * Follows a change of a released result: reissues its score report as the next revision when what it prints
     * changed, revokes the live certificate of a result that no longer passes, issues one (dated today, the next
     * revision) to a result that now passes and has none, unless an officer revoked its certificate.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void resultChanged(long attemptId) {
        retrying(() -> followChange(attemptId));
    }

    /** The work of {@link #resultChanged}, in a transaction that is retried on a deadlock; returns 0. */
    private int followChange(long attemptId) {
        issueMissing(List.of(attemptId), null, true);
        Optional<ResultSummary> found = results.summaries(List.of(attemptId)).stream()
                .filter(r -> r.released() && r.status() == ResultStatus.SCORED)
                .findFirst();
        if (found.isEmpty()) {
            return 0;
        }
        ResultSummary r = found.get();
        Optional<Credential> live = repository.live(attemptId, CredentialKind.CERTIFICATE);
        if (!Boolean.TRUE.equals(r.passed()) && live.isPresent()) {
            Credential c = live.get();
            if (repository.revoke(c.id(), clock.instant(), AuditLog.SYSTEM, SYSTEM_REVOCATION)) {
                audit.recordAs(
                        AuditLog.SYSTEM,
                        "reports.certificate.revoked",
                        "credential",
                        c.serial(),
                        "发布后成绩变更为不合格（标准分 " + r.standardScore() + "），证书自动撤销");
            }
        } else if (Boolean.TRUE.equals(r.passed()) && live.isEmpty()) {
            boolean revokedByOfficer = repository.ofAttempts(List.of(attemptId)).stream()
                    .anyMatch(c -> c.kind() == CredentialKind.CERTIFICATE
                            && c.revoked()
                            && !AuditLog.SYSTEM.equals(c.revokedBy()));
            if (!revokedByOfficer) {
                ExamSession session = sessions.get(r.sessionId());
                int revision = nextRevision(repository.ofAttempts(List.of(attemptId)), CredentialKind.CERTIFICATE);
                issue(CredentialKind.CERTIFICATE, r, session, today(), validity.months(), revision, null)
                        .ifPresent(serial -> audit.recordAs(
                                AuditLog.SYSTEM,
                                "reports.certificate.issued",
                                "credential",
                                serial,
                                "发布后成绩变更为合格（标准分 " + r.standardScore() + "），补发证书"));
            }
        }
        return 0;
    }

    /** Revokes a live certificate; the reason is required and kept for officers, never shown publicly. */
    public Credential revoke(String serial, String reason, String officer) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.badRequest("reports.revoke.reasonRequired");
        }
        if (why.length() > 500) {
            throw DomainException.badRequest("reports.revoke.reasonTooLong", 500);
        }
        Credential c =
                repository.bySerial(serial).orElseThrow(() -> DomainException.notFound("reports.notFound", serial));
        if (c.kind() != CredentialKind.CERTIFICATE) {
            throw DomainException.badRequest("reports.revoke.onlyCertificates");
        }
        if (!repository.revoke(c.id(), clock.instant(), officer, why)) {
            throw DomainException.conflict("reports.revoke.already", serial);
        }
        audit.record("reports.certificate.revoked", "credential", serial, "撤销证书：" + why);
        return repository.bySerial(serial).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Credential> find(String serial) {
        return repository.bySerial(serial);
    }

    @Transactional(readOnly = true)
    public List<Credential> ofSession(long sessionId) {
        return repository.ofSession(sessionId);
    }

    /** A person's documents, newest first; of one kind, or all for {@code kind} null. */
    @Transactional(readOnly = true)
    public List<Credential> ofHolder(long holderId, CredentialKind kind) {
        return repository.ofHolder(holderId, kind);
    }

    /** How many of a person's documents stand today (neither revoked, superseded nor expired): their downloads. */
    @Transactional(readOnly = true)
    public int validCount(long holderId) {
        LocalDate today = today();
        return (int) repository.ofHolder(holderId, null).stream()
                .filter(c -> c.stateOn(today) == CredentialState.VALID)
                .count();
    }

    public LocalDate today() {
        return clock.instant().atZone(time.zone()).toLocalDate();
    }

    /**
     * Inserts a document of this revision unless the result has a live one of its kind; returns its serial, or empty
     * when another caller issued one a moment ago. {@code printed}: the digest of the result a report prints.
     */
    private Optional<String> issue(
            CredentialKind kind,
            ResultSummary r,
            ExamSession session,
            LocalDate issuedOn,
            Map<Level, Integer> months,
            int revision,
            String printed) {
        Level level = session.level();
        LocalDate expires =
                kind == CredentialKind.CERTIFICATE ? CertificateValidity.expiry(months, level, issuedOn) : null;
        for (int tries = 0; tries < 3; tries++) {
            String serial = Serials.next();
            if (repository.serialTaken(serial)) {
                continue;
            }
            boolean inserted = repository.insertIfAbsent(new CredentialRepository.NewCredential(
                    serial,
                    kind,
                    r.attemptId(),
                    r.sessionId(),
                    r.candidateId(),
                    session.postId(),
                    level,
                    issuedOn,
                    expires,
                    clock.instant()));
            if (inserted) {
                repository.describe(serial, revision, printed);
                events.publishEvent(new DocumentIssued(serial, kind, r.attemptId(), r.sessionId(), r.candidateId()));
                return Optional.of(serial);
            }
            if (repository.live(r.attemptId(), kind).isPresent()) {
                return Optional.empty(); // another node issued it a moment ago
            }
        }
        throw new IllegalStateException("could not find a free serial for attempt " + r.attemptId());
    }

    private static AuditLog.Target target(String serial, ResultSummary r, ExamSession session, String filledInBecause) {
        String what = session.title() + "：考生 " + r.candidateId() + "，成绩 " + r.standardScore();
        return new AuditLog.Target(
                serial, filledInBecause == null ? "签发 " + what : "补发 " + what + "（" + filledInBecause + "）");
    }

    /** When the certificates of each level expire, and setting it. */
    public Map<Level, Integer> validityMonths() {
        return validity.months();
    }

    public void setValidity(Level level, Integer months, long userId) {
        validity.set(level, months, userId);
    }

    Instant now() {
        return clock.instant();
    }
}
