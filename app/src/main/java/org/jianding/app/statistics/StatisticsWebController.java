package org.jianding.app.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.XlsxDownloads;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 成绩统计分析: certification officers upload a score sheet and see its test and item statistics, the score
 * distribution, and download the tables as .xlsx (the workbook travels in the page as a data URL: nothing is kept on
 * the server). Values are rounded on this page only.
 */
@Controller
@RequestMapping("/statistics")
@PreAuthorize("hasRole('OFFICER')")
class StatisticsWebController {

    private final ScoreSheetAnalysis analysis;
    private final MessageSource messages;

    StatisticsWebController(ScoreSheetAnalysis analysis, MessageSource messages) {
        this.analysis = analysis;
        this.messages = messages;
    }

    @GetMapping
    String form() {
        return "statistics/score-sheet";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(Locale locale) {
        return XlsxDownloads.attachment(
                messages.getMessage("statistics.template.name", null, locale), ScoreSheetTemplate.workbook());
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("errorCode", "statistics.file.missing");
            return "statistics/score-sheet";
        }
        ScoreSheetAnalysis.Outcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = analysis.analyse(in, locale);
        } catch (DomainException e) {
            model.addAttribute("error", e);
            return "statistics/score-sheet";
        }
        if (outcome instanceof ScoreSheetAnalysis.Rejected rejected) {
            model.addAttribute("rejected", rejected);
            model.addAttribute("highlightedUrl", XlsxDownloads.dataUrl(rejected.highlightedCopy()));
            return "statistics/score-sheet";
        }
        var analysed = (ScoreSheetAnalysis.Analysed) outcome;
        double maxTotal = 0;
        for (double max : analysed.sheet().maxPoints()) {
            maxTotal += max;
        }
        ScoreDistribution distribution =
                ScoreDistribution.of(analysed.statistics().totals(), maxTotal);
        model.addAttribute("sheet", analysed.sheet());
        model.addAttribute("stats", analysed.statistics());
        model.addAttribute("maxTotal", maxTotal);
        model.addAttribute("distribution", distribution);
        model.addAttribute(
                "workbookUrl",
                XlsxDownloads.dataUrl(StatisticsWorkbook.of(
                        analysed.sheet(),
                        analysed.statistics(),
                        distribution,
                        code -> messages.getMessage(code, null, locale))));
        return "statistics/score-sheet";
    }
}
