package org.jianding.app.reports.web;

import java.util.List;
import org.jianding.app.reports.Batch;
import org.jianding.app.reports.Batches;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Progress of a report batch, polled by the officer's page about once a second. */
@RestController
@RequestMapping("/api/reports/batches")
@PreAuthorize("hasRole('OFFICER')")
class ReportBatchApiController {

    /** What the progress bar shows; {@code zip} is set once the batch is done. */
    record BatchProgress(
            long id, String status, int total, int done, int failed, int percent, List<String> problems, String zip) {}

    private final Batches batches;

    ReportBatchApiController(Batches batches) {
        this.batches = batches;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    BatchProgress progress(@PathVariable long id) {
        Batch b = batches.get(id);
        return new BatchProgress(
                b.id(),
                b.status().name(),
                b.total(),
                b.done(),
                b.failed(),
                b.percent(),
                b.problems(),
                b.status() == Batch.Status.DONE ? "/reports/batches/" + b.id() + "/zip" : null);
    }
}
