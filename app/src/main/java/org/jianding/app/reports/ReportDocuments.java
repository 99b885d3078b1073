package org.jianding.app.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.competency.CompetencyProfile;
import org.jianding.app.competency.CompetencyProfiles;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.grading.ResultSummary;
import org.jianding.app.grading.Results;
import org.jianding.app.shared.DisplayTime;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.PublicAddress;
import org.jianding.app.statistics.ScoreReliability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints issued documents: gathers what a score report or certificate shows (result summary without re-computing,
 * the candidate, the session, the competency profile at release) and renders it. The verification URL is
 * {@code jianding.public-base-url} + {@code /verify/} + serial. Many documents are gathered with one read per kind
 * ({@link #prepare}), then rendered without the database, which is what batches parallelise.
 */
@Service
@Transactional(readOnly = true)
public class ReportDocuments {

    private static final Logger log = LoggerFactory.getLogger(ReportDocuments.class);

    /**
     * A document ready to render, with its file name in a ZIP; or, when what it prints could not be gathered, the
     * reason, so that a batch lists that one document as failed and prints the others.
     */
    public record Printable(Credential credential, String fileName, Object data, String problem) {

        public byte[] render() {
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
            return data instanceof ScoreReportData r
                    ? ReportPdfs.scoreReport(r)
                    : ReportPdfs.certificate((CertificateData) data);
        }
    }

    private final CredentialRepository repository;
    private final Results results;
    private final ExamSessions sessions;
    private final Accounts accounts;
    private final CompetencyProfiles profiles;
    private final DisplayTime time;
    private final Clock clock;
    private final PublicAddress publicAddress;
    private final ScoreReliability reliability;
    private final String issuer;

    ReportDocuments(
            CredentialRepository repository,
            Results results,
            ExamSessions sessions,
            Accounts accounts,
            CompetencyProfiles profiles,
            DisplayTime time,
            Clock clock,
            PublicAddress publicAddress,
            ScoreReliability reliability,
            ReportSettings settings) {
        this.repository = repository;
        this.results = results;
        this.sessions = sessions;
        this.accounts = accounts;
        this.profiles = profiles;
        this.time = time;
        this.clock = clock;
        this.publicAddress = publicAddress;
        this.reliability = reliability;
        this.issuer = settings.issuer();
    }

    /** The absolute public verification URL of a serial. */
    public String verifyUrl(String serial) {
        return publicAddress.baseUrl() + "/verify/" + serial;
    }

    /**
     * The PDF of one document. Refused while its result has changed and the new revision is not issued yet (the
     * release listener is a moment behind): printing it would put the new numbers under the old serial.
     */
    public byte[] pdf(Credential credential) {
        Printable printable = prepare(List.of(credential)).get(0);
        if (printable.problem() != null) {
            throw DomainException.conflict("reports.unprintable", credential.serial(), printable.problem());
        }
        return printable.render();
    }

    /** The file name of a document: 工号_姓名_成绩报告单.pdf. */
    public String fileName(Credential credential) {
        return prepare(List.of(credential)).get(0).fileName();
    }

    /**
     * Gathers what the documents print, in their order; revoked and superseded ones are refused, and everything
     * while the public address is not usable. A document whose result is gone, or whose result no longer prints as
     * it did (its next revision is on its way), comes back with its problem instead of its data.
     */
    public List<Printable> prepare(List<Credential> credentials) {
        publicAddress.requireUsable();
        if (credentials.stream().anyMatch(Credential::revoked)) {
            throw DomainException.conflict("reports.revoked");
        }
        Optional<Credential> superseded =
                credentials.stream().filter(Credential::superseded).findFirst();
        if (superseded.isPresent()) {
            throw DomainException.conflict(
                    "reports.superseded", superseded.get().serial());
        }
        Map<String, LocalDate> firstIssued = firstIssued(credentials);
        Map<Long, ResultSummary> summaries =
                results
                        .summaries(
                                credentials.stream().map(Credential::attemptId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(ResultSummary::attemptId, r -> r));
        Map<Long, UserAccount> people =
                accounts.getAll(credentials.stream().map(Credential::holderId).collect(Collectors.toSet()));
        Map<Long, ExamSession> sessionsById = new HashMap<>();
        Map<Long, ScoreReliability.Reliability> reliabilities = new HashMap<>();
        String generatedAt = time.dateTime(clock.instant());
        return credentials.stream()
                .map(c -> {
                    ExamSession session = sessionsById.computeIfAbsent(c.sessionId(), sessions::get);
                    UserAccount who = people.get(c.holderId());
                    String file = safe(who.employeeNo() + "_" + who.displayName() + "_"
                                    + c.kind().title()) + ".pdf";
                    ResultSummary result = summaries.get(c.attemptId());
                    if (result == null || !result.released()) {
                        return new Printable(c, file, null, "找不到已发布的成绩（考试记录 " + c.attemptId() + "）");
                    }
                    if (c.kind() == CredentialKind.REPORT
                            && c.contentDigest() != null
                            && !c.contentDigest().equals(PrintedResult.digest(result))) {
                        return new Printable(c, file, null, "成绩已在发布后变更，新版成绩报告单正在签发，请稍后刷新");
                    }
                    LocalDate first = firstIssued.get(c.kind() + "/" + c.attemptId());
                    Object data = c.kind() == CredentialKind.REPORT
                            ? report(
                                    c,
                                    result,
                                    session,
                                    who,
                                    generatedAt,
                                    first,
                                    reliabilities.computeIfAbsent(c.sessionId(), reliability::ofSession))
                            : certificate(c, session, who, generatedAt, first);
                    return new Printable(c, file, data, null);
                })
                .toList();
    }

    /**
     * The issue date of the first revision of each later revision's result and kind, keyed "KIND/attempt"; one read
     * for all documents that need it.
     */
    private Map<String, LocalDate> firstIssued(List<Credential> credentials) {
        List<Long> revised = credentials.stream()
                .filter(c -> c.revision() > 1)
                .map(Credential::attemptId)
                .toList();
        Map<String, LocalDate> first = new HashMap<>();
        for (Credential c : repository.ofAttempts(revised)) {
            if (c.revision() == 1) {
                first.put(c.kind() + "/" + c.attemptId(), c.issuedOn());
            }
        }
        return first;
    }

    private ScoreReportData report(
            Credential c,
            ResultSummary r,
            ExamSession session,
            UserAccount who,
            String generatedAt,
            LocalDate firstIssuedOn,
            ScoreReliability.Reliability measured) {
        LocalDate sessionDate = session.opensAt().atZone(time.zone()).toLocalDate();
        return new ScoreReportData(
                c.serial(),
                verifyUrl(c.serial()),
                issuer,
                who.displayName(),
                who.employeeNo(),
                who.orgUnit() == null ? "" : who.orgUnit().name(),
                session.postName(),
                session.level(),
                session.title(),
                sessionDate,
                r.standardScore(),
                r.rule().rule().passMark(),
                Boolean.TRUE.equals(r.passed()),
                r.areas(),
                r.rule().versionNo(),
                profile(r, session),
                c.issuedOn(),
                c.revision() == 1 ? r.releasedAt() : c.issuedAt(),
                c.revision(),
                c.revision() == 1 ? null : firstIssuedOn,
                generatedAt,
                measured);
    }

    private CertificateData certificate(
            Credential c, ExamSession session, UserAccount who, String generatedAt, LocalDate firstIssuedOn) {
        return new CertificateData(
                c.serial(),
                verifyUrl(c.serial()),
                issuer,
                who.displayName(),
                who.employeeNo(),
                session.postName(),
                c.level(),
                session.title(),
                c.issuedOn(),
                c.expiresOn(),
                c.issuedAt(),
                c.revision(),
                c.revision() == 1 ? null : firstIssuedOn,
                generatedAt);
    }

    private CompetencyProfile profile(ResultSummary r, ExamSession session) {
        try {
            return profiles.profile(r.candidateId(), session.postId(), session.level(), r.releasedAt());
        } catch (RuntimeException e) {
            // a report without its radar is better than no report; the log says why
            log.warn("no competency profile for attempt {}: {}", r.attemptId(), e.toString());
            return null;
        }
    }

    /** Documents of these serials, in the given order, for a batch. */
    List<Credential> bySerials(Collection<String> serials) {
        return serials.stream().map(s -> repository.bySerial(s).orElseThrow()).toList();
    }

    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
