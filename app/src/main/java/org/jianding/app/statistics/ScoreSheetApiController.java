package org.jianding.app.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jianding.bank.statistics.ItemStatistics;
import org.jianding.bank.statistics.ScoreSheet;
import org.jianding.bank.statistics.TestStatistics;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Statistics of an uploaded score sheet over JSON. Certification officers only. 200 with the unrounded statistics
 * (null where undefined; facility and sd as fractions 0–1, the others on Moodle's ×100 scale, test values in points),
 * or 400 with a problem detail listing every problem by sheet, row and column.
 */
@RestController
@RequestMapping("/api/statistics")
@PreAuthorize("hasRole('OFFICER')")
class ScoreSheetApiController {

    record TestDto(
            Double mean,
            Double median,
            Double sd,
            Double skewness,
            Double kurtosis,
            Double cic,
            Double errorRatio,
            Double standardError) {
        static TestDto of(TestStatistics t) {
            return new TestDto(
                    t.mean(),
                    t.median(),
                    t.sd(),
                    t.skewness(),
                    t.kurtosis(),
                    t.cic(),
                    t.errorRatio(),
                    t.standardError());
        }
    }

    record ItemDto(
            String label,
            double maxPoints,
            Double facility,
            Double sd,
            Double discriminationIndex,
            Double discriminativeEfficiency,
            Double effectiveWeight) {
        static ItemDto of(String label, ItemStatistics i) {
            return new ItemDto(
                    label,
                    i.maxMark(),
                    i.facility(),
                    i.sd(),
                    i.discriminationIndex(),
                    i.discriminativeEfficiency(),
                    i.effectiveWeight());
        }
    }

    record SheetStatisticsDto(int candidates, TestDto test, List<ItemDto> items) {}

    record ProblemDto(String sheet, int row, String column, String message) {}

    private final ScoreSheetAnalysis analysis;
    private final MessageSource messages;

    ScoreSheetApiController(ScoreSheetAnalysis analysis, MessageSource messages) {
        this.analysis = analysis;
        this.messages = messages;
    }

    @PostMapping(path = "/score-sheet", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> scoreSheet(@RequestParam MultipartFile file, Locale locale) throws IOException {
        ScoreSheetAnalysis.Outcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = analysis.analyse(in, locale);
        }
        if (outcome instanceof ScoreSheetAnalysis.Rejected rejected) {
            return ResponseEntity.badRequest().body(problem(rejected, locale));
        }
        var analysed = (ScoreSheetAnalysis.Analysed) outcome;
        ScoreSheet sheet = analysed.sheet();
        List<ItemDto> items = IntStream.range(0, sheet.labels().size())
                .mapToObj(i -> ItemDto.of(
                        sheet.labels().get(i), analysed.statistics().items().get(i)))
                .toList();
        var test = analysed.statistics().test();
        return ResponseEntity.ok(new SheetStatisticsDto(test.count(), TestDto.of(test), items));
    }

    private ProblemDetail problem(ScoreSheetAnalysis.Rejected rejected, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        "statistics.rejected",
                        new Object[] {
                            rejected.rowsWithProblems(), rejected.problems().size()
                        },
                        locale));
        problem.setTitle(messages.getMessage("statistics.rejected.title", null, locale));
        problem.setProperty(
                "problems",
                rejected.problems().stream()
                        .map(p -> new ProblemDto(p.sheet(), p.row(), p.column(), p.message()))
                        .toList());
        return problem;
    }
}
