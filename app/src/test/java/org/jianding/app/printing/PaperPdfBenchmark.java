package org.jianding.app.printing;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Wall-clock time to print a 100-question paper, candidate version and answer key, median of 20 after warm-up.
 * Tagged {@code bench}: runs only with {@code ./mvnw -pl app -am -Pbench test}; prints, never asserts timing.
 */
@Tag("bench")
class PaperPdfBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 20;

    @Test
    void printsTheTimeToRenderAHundredQuestionPaper() throws Exception {
        PaperPdf paperPdf = new PaperPdf();
        PrintablePaper paper = PaperFixture.mixed(100);
        ImageSource images =
                sha -> sha.equals(PaperFixture.IMAGE_SHA) ? Optional.of(PaperPdfTests.png()) : Optional.empty();
        long[] candidate = new long[RUNS];
        long[] key = new long[RUNS];
        int candidatePages = 0;
        int keyPages = 0;
        for (int i = -WARM_UP; i < RUNS; i++) {
            long start = System.nanoTime();
            byte[] candidatePdf = paperPdf.candidatePaper(paper, images);
            long middle = System.nanoTime();
            byte[] keyPdf = paperPdf.answerKey(paper, images);
            long end = System.nanoTime();
            if (i >= 0) {
                candidate[i] = middle - start;
                key[i] = end - middle;
            } else if (i == -1) {
                candidatePages = PdfReading.pages(candidatePdf).size();
                keyPages = PdfReading.pages(keyPdf).size();
                System.out.printf(
                        "sizes: candidate %d KiB, key %d KiB%n", candidatePdf.length / 1024, keyPdf.length / 1024);
                // kept for looking at a long paper's page breaks
                Files.createDirectories(PaperPdfTests.PREVIEW);
                Files.write(PaperPdfTests.PREVIEW.resolve("mixed-100-candidate.pdf"), candidatePdf);
                Files.write(PaperPdfTests.PREVIEW.resolve("mixed-100-answer-key.pdf"), keyPdf);
            }
        }
        System.out.printf(
                "100-question paper, median of %d after %d warm-up runs: candidate %.1f ms (%d pages), "
                        + "answer key %.1f ms (%d pages)%n",
                RUNS, WARM_UP, median(candidate), candidatePages, median(key), keyPages);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2e6;
    }
}
