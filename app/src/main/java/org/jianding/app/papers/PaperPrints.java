package org.jianding.app.papers;

import org.jianding.app.audit.AuditLog;
import org.jianding.app.printing.ImageSource;
import org.jianding.app.printing.PaperPdf;
import org.jianding.app.printing.PrintablePaper;
import org.jianding.app.questions.QuestionImages;
import org.jianding.app.questions.StoredImage;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints a stored paper as A4 PDFs in Chinese: the paper candidates write on, and separately its 答案及评分标准.
 * Questions print at the versions the paper pins, with their images from the bank. Any status may be printed (a
 * draft for review, a published paper for the exam room); each download is audited, since both carry exam content.
 */
@Service
@RetriedOnConflict
@Transactional
public class PaperPrints {

    private final Papers papers;
    private final PaperPdf pdf;
    private final ImageSource images;
    private final PrintablePapers printable;
    private final AuditLog audit;

    PaperPrints(Papers papers, PaperPdf pdf, QuestionImages images, MessageSource messages, AuditLog audit) {
        this.papers = papers;
        this.pdf = pdf;
        this.images = sha256 -> images.find(sha256).map(StoredImage::bytes);
        this.printable = new PrintablePapers(messages);
        this.audit = audit;
    }

    /** The candidate's paper: no key, explanation or rubric. */
    public PaperFile candidatePaper(long paperId) {
        PrintablePaper paper = printable.of(papers.get(paperId));
        audit.record("paper.printed", "paper", paperId, paper.title());
        return new PaperFile(
                fileName(paper, "试卷", paperId), "paper-" + paperId + ".pdf", pdf.candidatePaper(paper, images));
    }

    /** The 答案及评分标准: keys, explanations, reference answers and rubric points. */
    public PaperFile answerKey(long paperId) {
        PrintablePaper paper = printable.of(papers.get(paperId));
        audit.record("paper.keyPrinted", "paper", paperId, paper.title());
        return new PaperFile(
                fileName(paper, "答案及评分标准", paperId), "paper-" + paperId + "-key.pdf", pdf.answerKey(paper, images));
    }

    /** 政企客户经理四级(初级)认证考试-试卷-12.pdf: no spaces, nothing a file system refuses. */
    static String fileName(PrintablePaper paper, String what, long paperId) {
        String title = paper.title().replaceAll("[\\s\\p{Z}\\p{Cntrl}\\\\/:*?\"<>|]+", "");
        return title + "-" + what + "-" + paperId + ".pdf";
    }
}
