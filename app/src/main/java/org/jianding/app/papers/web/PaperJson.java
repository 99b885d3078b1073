package org.jianding.app.papers.web;

import java.time.Instant;
import java.util.List;
import org.jianding.app.papers.PaperDetail;
import org.jianding.app.papers.PaperKind;
import org.jianding.app.papers.PaperStatus;
import org.jianding.app.papers.QuestionView;

/**
 * A paper over JSON: what it is, its blueprint version, the checker's findings and its questions; in the answer to a
 * swap on a paper whose blueprint has a test information target, also its information before and after (else null).
 */
record PaperJson(
        long id,
        String title,
        PaperKind kind,
        PaperStatus status,
        long blueprintVersionId,
        String blueprintName,
        long seed,
        Long candidateId,
        int itemCount,
        int totalPoints,
        Instant createdAt,
        Instant publishedAt,
        List<String> violations,
        List<QuestionView> questions,
        SwapInformationJson information) {

    static PaperJson of(PaperDetail d, boolean withKeys) {
        return of(d, withKeys, null);
    }

    static PaperJson of(PaperDetail d, boolean withKeys, SwapInformationJson information) {
        var p = d.paper();
        return new PaperJson(
                p.id(),
                p.title(),
                p.kind(),
                p.status(),
                p.blueprintVersionId(),
                d.blueprint().name(),
                p.seed(),
                p.candidateId(),
                p.itemCount(),
                p.totalPoints(),
                p.createdAt(),
                p.publishedAt(),
                d.violations(),
                d.questions().stream()
                        .map(QuestionView::of)
                        .map(q -> withKeys ? q : q.withoutKeys())
                        .toList(),
                information);
    }
}
