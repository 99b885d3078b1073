package org.jianding.app.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.sheet.CellProblem;
import org.jianding.bank.sheet.SheetLimits;
import org.jianding.bank.sheet.UnreadableWorkbookException;
import org.jianding.bank.sheet.XlsxUpload;
import org.jianding.bank.statistics.ItemAnalysis;
import org.jianding.bank.statistics.ScoreSheet;
import org.jianding.bank.statistics.ScoreStatistics;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reads an uploaded score sheet defensively and computes its statistics, or lists every problem of the file (with a
 * copy of it in which each bad cell is marked); nothing is computed from a bad file. A file that cannot be read at
 * all is refused with a {@link DomainException} whose code names the reason ({@code statistics.file.*}).
 */
@Service
class ScoreSheetAnalysis {

    /** 3,000 candidates × 100 items is about 2 MB; a whole region's sitting still fits. */
    static final SheetLimits LIMITS = SheetLimits.DEFAULT.withMaxBytes(10L * 1024 * 1024);

    sealed interface Outcome {}

    record Analysed(ScoreSheet sheet, ScoreStatistics statistics) implements Outcome {}

    record Rejected(List<CellProblem> problems, long rowsWithProblems, byte[] highlightedCopy) implements Outcome {}

    private final MessageSource messages;

    ScoreSheetAnalysis(MessageSource messages) {
        this.messages = messages;
    }

    Outcome analyse(InputStream upload, Locale locale) {
        StatisticsWords words = new StatisticsWords(messages, locale);
        try (XlsxUpload workbook = XlsxUpload.read(upload, LIMITS, words)) {
            ScoreSheet sheet = ScoreSheet.read(workbook.firstVisibleSheet(), words);
            if (sheet == null || workbook.report().hasProblems()) {
                ByteArrayOutputStream copy = new ByteArrayOutputStream();
                workbook.report().writeHighlightedCopy(copy);
                return new Rejected(
                        workbook.report().problems(), workbook.report().rowsWithProblems(), copy.toByteArray());
            }
            return new Analysed(sheet, ItemAnalysis.of(sheet.responses()));
        } catch (UnreadableWorkbookException e) {
            throw DomainException.badRequest("statistics.file." + e.reason(), e.detail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
