package org.jianding.app.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jianding.app.grading.ResultView;
import org.jianding.app.printing.ChineseFonts;
import org.jianding.app.printing.PdfDocuments;
import org.jianding.app.printing.PdfMetadata;

/**
 * The score report (成绩报告单) and the certificate (证书) as A4 PDFs: real text in the embedded font, the radar as
 * vectors through OpenPDF's PdfGraphics2D (its labels are text too), the QR code as rectangles. Both are pure
 * functions of their data and reproducible: the same data printed twice gives the same bytes; only the printed
 * generation time differs between two prints. Stateless and thread-safe.
 *
 * <p>Layout: the serial, the verification URL, the dates and the QR code sit in a band of {@link ReportFooter#BAND}
 * points at the foot of <em>every</em> page ({@link ReportFooter}), which flowing content never enters ({@link PdfDocuments#reproducible(
 * PdfMetadata, java.time.Instant, String, boolean, float, PdfDocuments.Content)}). A report with more knowledge
 * areas than fit (a scoring rule at depth 2 or deeper) continues its area table on the next page with the column
 * heads repeated, and the radar with its heading and scale moves whole to the next page when it does not fit below
 * the table. A reader sees "第 x 页 / 共 y 页" and a verifier can check any single sheet by its own QR code or serial:
 * each page carries the same serial and URL, so a page separated from the others still identifies its document.
 */
final class ReportPdfs {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color HEAD = new Color(0xee, 0xf1, 0xf6);
    private static final Color SEAL = new Color(0xb0, 0x1e, 0x1e);

    /** Every AWT font the chart uses maps to the one embedded face. */
    private static final FontMapper FONTS = new FontMapper() {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return ChineseFonts.baseFont();
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return ChineseFonts.awtFont(size);
        }
    };

    private ReportPdfs() {}

    static byte[] scoreReport(ScoreReportData d) {
        PdfMetadata metadata = new PdfMetadata(
                "成绩报告单 " + d.candidateName() + " " + d.sessionTitle(),
                d.issuer(),
                "成绩报告单 " + d.serial(),
                "成绩报告单　" + d.serial());
        return PdfDocuments.reproducible(
                metadata,
                d.datedAt(),
                d.serial() + "/" + d.revision(),
                true,
                ReportFooter.BAND,
                (document, writer) -> writeScoreReport(d, document, writer));
    }

    static byte[] certificate(CertificateData d) {
        PdfMetadata metadata = new PdfMetadata(
                "证书 " + d.holderName() + " " + d.postName() + " " + d.level().label(),
                d.issuer(),
                "证书 " + d.serial(),
                "");
        return PdfDocuments.reproducible(
                metadata,
                d.issuedAt(),
                d.serial(),
                false,
                ReportFooter.BAND,
                (document, writer) -> writeCertificate(d, document, writer));
    }

    private static void writeScoreReport(ScoreReportData d, Document doc, PdfWriter writer) throws DocumentException {
        writer.setPageEvent(new ReportFooter(
                d.serial(),
                d.verifyUrl(),
                ReportFooter.dated("签发日期", d.revision(), d.issuedOn(), d.firstIssuedOn()),
                d.generatedAt()));
        // an image that does not fit waits for the next page; without this the text after it would overtake it
        writer.setStrictImageSequence(true);
        doc.add(centered(d.issuer(), ChineseFonts.font(11, Font.NORMAL), 0));
        doc.add(centered("成绩报告单", ChineseFonts.font(22, Font.BOLD), d.revision() > 1 ? 2 : 10));
        if (d.revision() > 1) {
            doc.add(centered(revisionNote(d.revision(), d.issuedOn()), ChineseFonts.font(9, Font.NORMAL), 8));
        }

        PdfPTable who = table(new float[] {1.1f, 2.4f, 1.1f, 2.4f});
        label(who, "姓名");
        value(who, d.candidateName());
        label(who, "工号");
        value(who, d.employeeNo());
        label(who, "岗位");
        value(who, d.postName());
        label(who, "申报级别");
        value(who, d.level().label());
        label(who, "单位");
        value(who, d.unit().isEmpty() ? "—" : d.unit());
        label(who, "考试日期");
        value(who, d.sessionDate().format(DATE));
        label(who, "考试");
        PdfPCell title = cell(d.sessionTitle(), ChineseFonts.font(10, Font.NORMAL));
        title.setColspan(3);
        who.addCell(title);
        doc.add(who);

        PdfPTable verdict = table(new float[] {1.0f, 1.1f, 1.0f, 0.8f, 0.9f, 2.7f});
        verdict.setSpacingBefore(8);
        label(verdict, "标准分");
        verdict.addCell(cell(d.standardScore().toPlainString(), ChineseFonts.font(14, Font.BOLD)));
        label(verdict, "合格线");
        value(verdict, d.passMark().stripTrailingZeros().toPlainString());
        label(verdict, "结论");
        verdict.addCell(cell(d.passed() ? "合格，认证级别 " + d.level().label() : "不合格", ChineseFonts.font(11, Font.BOLD)));
        doc.add(verdict);
        Paragraph precision = new Paragraph(precision(d), ChineseFonts.font(9, Font.NORMAL));
        precision.setSpacingBefore(4);
        doc.add(precision);

        doc.add(heading("各知识领域得分（评分规则第 " + d.ruleVersion() + " 版）"));
        PdfPTable areas = table(new float[] {2.6f, 1.3f, 1.1f, 0.9f, 1.1f, 1.1f});
        areas.setHeaderRows(1); // repeated on the next page when the areas do not fit on one
        for (String h : new String[] {"知识领域", "得分 / 满分", "领域分", "权重", "有效权重", "加权得分"}) {
            PdfPCell c = cell(h, ChineseFonts.font(9, Font.BOLD));
            c.setBackgroundColor(HEAD);
            areas.addCell(c);
        }
        for (ResultView.AreaLine a : d.areas()) {
            value(areas, a.name() + "（" + a.area() + "）");
            number(areas, plain(a.earned()) + " / " + plain(a.max()));
            number(
                    areas,
                    a.score() == null
                            ? "—"
                            : a.score().setScale(2, RoundingMode.HALF_UP).toPlainString());
            number(areas, a.weight() == null ? "—" : plain(a.weight()));
            number(areas, a.effectiveWeight() == null ? "—" : plain(a.effectiveWeight()));
            number(areas, a.contribution() == null ? "—" : plain(a.contribution()));
        }
        PdfPCell total = cell("标准分 = Σ 领域分 × 有效权重（一位小数，四舍五入）", ChineseFonts.font(9, Font.NORMAL));
        total.setColspan(5);
        areas.addCell(total);
        number(areas, d.standardScore().toPlainString());
        doc.add(areas);

        doc.add(competency(d, writer));
    }

    /** The radar with its heading and scale, kept together: on the next page as a whole if it does not fit. */
    private static PdfPTable competency(ScoreReportData d, PdfWriter writer) throws DocumentException {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(12);
        block.addCell(plainCell(new Phrase("能力素质状况图示", ChineseFonts.font(11, Font.BOLD)), Element.ALIGN_LEFT));
        if (d.profile() == null || d.profile().items().isEmpty()) {
            block.addCell(plainCell(new Phrase("暂无能力素质档案数据。", ChineseFonts.font(9, Font.NORMAL)), Element.ALIGN_LEFT));
            return block;
        }
        PdfPCell chart = new PdfPCell(radar(d, writer), false);
        chart.setBorder(Rectangle.NO_BORDER);
        chart.setHorizontalAlignment(Element.ALIGN_CENTER);
        block.addCell(chart);
        block.addCell(plainCell(
                new Phrase(
                        "刻度由中心向外：未评估、初级、中级、高级、资深（能力素质模型第 " + d.profile().modelVersion() + " 版）",
                        ChineseFonts.font(8, Font.NORMAL)),
                Element.ALIGN_CENTER));
        return block;
    }

    private static PdfPCell plainCell(Phrase phrase, int alignment) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(alignment);
        c.setPaddingTop(2);
        c.setPaddingBottom(4);
        return c;
    }

    private static Image radar(ScoreReportData d, PdfWriter writer) throws DocumentException {
        float width = 330;
        float height = 235;
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, FONTS);
        try {
            RadarChart.draw(d.profile(), g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return Image.getInstance(template);
    }

    private static void writeCertificate(CertificateData d, Document doc, PdfWriter writer) throws DocumentException {
        writer.setPageEvent(new ReportFooter(
                d.serial(),
                d.verifyUrl(),
                ReportFooter.dated("发证日期", d.revision(), d.issuedOn(), d.firstIssuedOn()),
                d.generatedAt()));
        PdfContentByte canvas = writer.getDirectContentUnder();
        Rectangle page = doc.getPageSize();
        canvas.saveState();
        canvas.setColorStroke(SEAL);
        canvas.setLineWidth(3f);
        canvas.rectangle(28, 28, page.getWidth() - 56, page.getHeight() - 56);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(36, 36, page.getWidth() - 72, page.getHeight() - 72);
        canvas.stroke();
        canvas.restoreState();

        doc.add(centered(d.issuer(), ChineseFonts.font(13, Font.NORMAL), 40));
        Font big = ChineseFonts.font(40, Font.BOLD);
        big.setColor(SEAL);
        doc.add(centered("证　书", big, 50));
        doc.add(centered("职业技能等级认证", ChineseFonts.font(14, Font.NORMAL), d.revision() > 1 ? 6 : 40));
        if (d.revision() > 1) {
            doc.add(centered(revisionNote(d.revision(), d.issuedOn()), ChineseFonts.font(9, Font.NORMAL), 28));
        }

        Paragraph body = new Paragraph();
        body.setLeading(32);
        body.setFirstLineIndent(28);
        Font text = ChineseFonts.font(15, Font.NORMAL);
        Font strong = ChineseFonts.font(15, Font.BOLD);
        body.add(new Chunk(d.holderName(), strong));
        body.add(new Chunk("（工号 " + d.employeeNo() + "）参加“" + d.sessionTitle() + "”，经考核合格，具备", text));
        body.add(new Chunk(d.postName(), strong));
        body.add(new Chunk("岗位", text));
        body.add(new Chunk(d.level().label(), strong));
        body.add(new Chunk("的职业能力，特发此证。", text));
        body.setSpacingAfter(36);
        doc.add(body);

        PdfPTable facts = table(new float[] {1.2f, 2.6f});
        facts.setWidthPercentage(70);
        label(facts, "持证人");
        value(facts, d.holderName());
        label(facts, "岗位");
        value(facts, d.postName());
        label(facts, "认证级别");
        value(facts, d.level().label());
        label(facts, "发证日期");
        value(facts, d.issuedOn().format(DATE));
        label(facts, "有效期至");
        value(facts, d.expiresOn() == null ? "长期有效" : d.expiresOn().format(DATE));
        label(facts, "证书编号");
        value(facts, d.serial());
        doc.add(facts);
    }

    /** Under the title of a later revision: which one it is and that earlier ones are void. */
    private static String revisionNote(int revision, LocalDate issuedOn) {
        return "第 " + revision + " 版（" + issuedOn.format(DATE) + "更正）　此前各版作废，以本版为准";
    }

    /**
     * The line on measurement precision: the standard score ± its standard error of measurement and the session's
     * reliability, or why they cannot be given (docs/scoring.md).
     */
    static String precision(ScoreReportData d) {
        var r = d.reliability();
        if (r == null || !r.defined()) {
            String why = r != null && r.candidates() < 3 ? "本场已出分考生少于 3 人" : "本场成绩没有差异或试卷只有一题";
            return "测量精度：" + why + "，无法估计本场考试的信度与测量标准误，故不标注误差范围。";
        }
        return "测量精度：标准分 " + d.standardScore().toPlainString() + " ± "
                + BigDecimal.valueOf(r.standardError())
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString()
                + "（测量标准误；本场 " + r.candidates() + " 名考生，信度 α = "
                + BigDecimal.valueOf(r.alpha())
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString()
                + "）。真实水平约有三分之二的可能落在此范围内。";
    }

    private static Paragraph centered(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }

    private static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, ChineseFonts.font(11, Font.BOLD));
        p.setSpacingBefore(12);
        p.setSpacingAfter(5);
        return p;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        return t;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setPadding(4);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    private static void label(PdfPTable t, String text) {
        PdfPCell c = cell(text, ChineseFonts.font(9.5f, Font.BOLD));
        c.setBackgroundColor(HEAD);
        t.addCell(c);
    }

    private static void value(PdfPTable t, String text) {
        t.addCell(cell(text, ChineseFonts.font(10, Font.NORMAL)));
    }

    private static void number(PdfPTable t, String text) {
        PdfPCell c = cell(text, ChineseFonts.font(10, Font.NORMAL));
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        t.addCell(c);
    }

    private static String plain(BigDecimal n) {
        return n == null ? "—" : n.stripTrailingZeros().toPlainString();
    }

    static String date(LocalDate day) {
        return day == null ? "" : day.format(DATE);
    }
}
