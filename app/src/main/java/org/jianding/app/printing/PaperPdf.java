package org.jianding.app.printing;

import org.springframework.stereotype.Component;

/**
 * Prints an exam paper as A4 PDFs in Chinese: the candidate's paper and, separately, the 答案及评分标准 for graders.
 * Two documents, so the key can be handled under different rules (sealed, never in the exam room). Stateless and
 * thread-safe; the font is loaded once per JVM.
 */
@Component
public class PaperPdf {

    /**
     * The paper candidates write on: title, candidate fields, score table, 考试须知, then the sections with stems,
     * options, blanks as underlines and ruled space for written answers. Contains no key, explanation or rubric.
     *
     * @param images where the images of rich-text stems and options come from
     */
    public byte[] candidatePaper(PrintablePaper paper, ImageSource images) {
        CandidatePaperLayout layout = new CandidatePaperLayout(images);
        return PdfDocuments.a4(metadata(paper, "试卷"), (document, writer) -> layout.write(paper, document));
    }

    /**
     * The answer key: an overview of the objective keys, then per question the stem, key, 解析 and, for written
     * answers, the reference answer and the rubric points.
     */
    public byte[] answerKey(PrintablePaper paper, ImageSource images) {
        AnswerKeyLayout layout = new AnswerKeyLayout(images);
        return PdfDocuments.a4(metadata(paper, "答案及评分标准"), (document, writer) -> layout.write(paper, document));
    }

    private static PdfMetadata metadata(PrintablePaper paper, String what) {
        String title = what.equals("试卷") ? paper.title() : paper.title() + " " + what;
        String header = paper.issuer().isEmpty() ? title : paper.issuer() + "　" + title;
        return new PdfMetadata(title, paper.issuer(), what, header);
    }
}
