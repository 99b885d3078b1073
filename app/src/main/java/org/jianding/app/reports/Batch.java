package org.jianding.app.reports;

import java.time.Instant;
import java.util.List;

/**
 * A background print of every document of a session.
 *
 * @param problems one line per document that could not be printed (and why), or the reason the batch failed
 */
public record Batch(
        long id,
        long sessionId,
        Status status,
        int total,
        int done,
        int failed,
        List<String> problems,
        long requestedBy,
        Instant createdAt,
        Instant finishedAt) {

    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    public Batch {
        problems = List.copyOf(problems);
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    /** Whole percent done, for the progress bar. */
    public int percent() {
        return total == 0 ? (finished() ? 100 : 0) : Math.min(100, (done + failed) * 100 / total);
    }
}
