package org.jianding.app.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.PublicAddress;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batches that print every live document of a session into one ZIP. Starting one stores it (audited) and, once
 * committed, a worker takes it ({@link BatchRunner}); progress and files are in the database, so any node shows the
 * progress bar and serves the ZIP.
 */
@Service
@RetriedOnConflict
@Transactional
public class Batches {

    /** Published when a batch is stored; the runner starts it after commit. */
    record BatchRequested(long batchId) {}

    private final BatchRepository repository;
    private final ExamSessions sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PublicAddress publicAddress;

    Batches(
            BatchRepository repository,
            ExamSessions sessions,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events,
            PublicAddress publicAddress) {
        this.repository = repository;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.publicAddress = publicAddress;
    }

    /**
     * Starts a batch, unless one of the session is still running (then that one is returned); refused while the
     * public address the documents would print is not usable.
     */
    public Batch start(long sessionId, long userId) {
        publicAddress.requireUsable();
        String title = sessions.get(sessionId).title();
        Optional<Batch> running = repository.latest(sessionId).filter(b -> !b.finished());
        if (running.isPresent()) {
            return running.get();
        }
        long id = repository.create(sessionId, userId, clock.instant());
        audit.record("reports.batch.started", "examSession", sessionId, title + "：批量生成成绩报告单和证书（批次 " + id + "）");
        events.publishEvent(new BatchRequested(id));
        return repository.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Batch get(long batchId) {
        return repository.find(batchId).orElseThrow(() -> DomainException.notFound("reports.batch.notFound", batchId));
    }

    /** The batches queued or printing now, oldest first, with their session's title (the officer's workbench). */
    @Transactional(readOnly = true)
    public List<Running> running() {
        return repository.unfinished().stream()
                .map(b -> new Running(b, sessions.get(b.sessionId()).title()))
                .toList();
    }

    /** A batch not finished yet, and the title of its session. */
    public record Running(Batch batch, String sessionTitle) {}

    @Transactional(readOnly = true)
    public Optional<Batch> latest(long sessionId) {
        return repository.latest(sessionId);
    }

    /**
     * Writes the ZIP of a finished batch: one PDF per document, named 工号_姓名_成绩报告单.pdf (a serial is added
     * when a name repeats, e.g. a candidate with two attempts).
     */
    @Transactional(readOnly = true)
    public void writeZip(long batchId, OutputStream out) throws IOException {
        Batch batch = get(batchId);
        if (batch.status() != Batch.Status.DONE) {
            throw DomainException.conflict("reports.batch.notDone", batchId);
        }
        Set<String> names = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            for (var f : repository.files(batchId)) {
                String name = f.value2();
                if (!names.add(name)) {
                    name = name.replace(".pdf", "_" + f.value1() + ".pdf");
                    names.add(name);
                }
                ZipEntry entry = new ZipEntry(name);
                // fixed entry times: the same documents give the same archive
                entry.setTime(batch.createdAt().toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(repository.content(batchId, f.value1()));
                zip.closeEntry();
            }
        }
    }
}
