package org.jianding.app.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jianding.app.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs batches: claims one (a conditional update, so one node runs it), makes sure every released result of the
 * session has its documents, then prints them in chunks of 50, rendering on a pool of one thread per core and
 * storing each file at once with the progress. A document that cannot be printed is listed with its reason and the
 * batch goes on. A batch picks up after a stopped node: files already stored are skipped, and a sweep on every
 * node claims batches whose node has not reported for {@code jianding.reports.batch.claim-timeout} (default 2 min).
 */
@Component
class BatchRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);
    private static final int CHUNK = 50;

    private final BatchRepository repository;
    private final Credentials credentials;
    private final ReportDocuments documents;
    private final Clock clock;
    private final Duration claimTimeout;
    private final ExecutorService renderers;
    private final MessageSource messages;

    BatchRunner(
            BatchRepository repository,
            Credentials credentials,
            ReportDocuments documents,
            MessageSource messages,
            Clock clock,
            ReportSettings settings) {
        Duration claimTimeout = settings.batch().claimTimeout();
        this.repository = repository;
        this.credentials = credentials;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
        this.claimTimeout = claimTimeout;
        this.renderers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "report-render");
            t.setDaemon(true);
            return t;
        });
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onRequested(Batches.BatchRequested event) {
        run(event.batchId());
    }

    @Scheduled(
            fixedDelayString = "${jianding.reports.batch.sweep-interval:PT1M}",
            initialDelayString = "${jianding.reports.batch.sweep-interval:PT1M}")
    void sweep() {
        for (long id : repository.orphaned(clock.instant().minus(claimTimeout))) {
            log.info("taking over report batch {}", id);
            run(id);
        }
    }

    void run(long batchId) {
        Instant now = clock.instant();
        if (!repository.claim(batchId, now, now.minus(claimTimeout))) {
            return;
        }
        Batch batch = repository.find(batchId).orElseThrow();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        try {
            credentials.fillInSession(batch.sessionId(), batch.requestedBy(), "发起批量生成（批次 " + batchId + "）");
            List<Credential> live = credentials.ofSession(batch.sessionId()).stream()
                    .filter(Credential::current)
                    .toList();
            Set<String> stored = repository.storedSerials(batchId);
            int done = stored.size();
            int failed = 0;
            repository.progress(batchId, live.size(), done, 0, null, clock.instant());
            List<Credential> todo =
                    live.stream().filter(c -> !stored.contains(c.serial())).toList();
            // a pipeline: while the pool renders chunk n, this thread reads chunk n + 1 and then stores chunk n
            Chunk pending = null;
            int from = 0;
            do {
                Chunk next = from < todo.size()
                        ? submit(documents.prepare(todo.subList(from, Math.min(todo.size(), from + CHUNK))))
                        : null;
                from += CHUNK;
                if (pending != null) {
                    int[] counts = store(batchId, pending, problems);
                    done += counts[0];
                    failed += counts[1];
                    repository.progress(
                            batchId, live.size(), done, failed, String.join("\n", problems), clock.instant());
                }
                pending = next;
            } while (pending != null);
            repository.finish(batchId, Batch.Status.DONE, String.join("\n", problems), clock.instant());
            repository.dropFilesBefore(batch.sessionId(), batchId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("中断：" + e);
            repository.finish(batchId, Batch.Status.FAILED, String.join("\n", problems), clock.instant());
        } catch (RuntimeException e) {
            log.warn("report batch {} failed", batchId, e);
            problems.add("批次失败：" + describe(e, messages));
            repository.finish(batchId, Batch.Status.FAILED, String.join("\n", problems), clock.instant());
        }
    }

    private record Chunk(List<ReportDocuments.Printable> printables, List<Future<byte[]>> pdfs) {}

    private Chunk submit(List<ReportDocuments.Printable> printables) {
        List<Future<byte[]>> pdfs = new ArrayList<>();
        for (ReportDocuments.Printable p : printables) {
            pdfs.add(renderers.submit(p::render));
        }
        return new Chunk(printables, pdfs);
    }

    /** Waits for the chunk's PDFs and stores them; returns how many were stored and how many failed. */
    private int[] store(long batchId, Chunk chunk, List<String> problems) throws InterruptedException {
        List<BatchRepository.File> files = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < chunk.printables().size(); i++) {
            ReportDocuments.Printable p = chunk.printables().get(i);
            try {
                files.add(new BatchRepository.File(
                        p.credential().serial(),
                        p.fileName(),
                        chunk.pdfs().get(i).get()));
            } catch (ExecutionException e) {
                failed++;
                problems.add(p.fileName() + "（" + p.credential().serial() + "）：" + describe(e.getCause(), messages));
                log.warn("printing {} failed", p.credential().serial(), e.getCause());
            }
        }
        repository.storeAll(batchId, files);
        return new int[] {files.size(), failed};
    }

    /**
     * A problem as officers read it on the batch page and in the progress JSON: stored as text, so resolved here in
     * the documents' language (Chinese), never as a message code.
     */
    static String describe(Throwable e, MessageSource messages) {
        if (e instanceof DomainException d) {
            return messages.getMessage(d.messageCode(), d.arguments(), d.messageCode(), Locale.SIMPLIFIED_CHINESE);
        }
        if (e instanceof IllegalStateException && e.getMessage() != null) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : "：" + e.getMessage());
    }

    @Override
    public void destroy() {
        renderers.shutdownNow();
    }
}
