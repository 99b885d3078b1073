package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jianding.app.competency.CompetencyProfile;
import org.jianding.app.grading.ResultView;
import org.junit.jupiter.api.Test;

/** The score report and the certificate read back: text, QR code, reproducibility. No Spring, no database. */
class ReportPdfsTests {

    @Test
    void scoreReportPrintsTheResultAsRealText() throws Exception {
        byte[] pdf = ReportPdfs.scoreReport(ReportFixture.report("2026-11-27 10:00:00"));
        String text = PdfChecks.text(pdf);

        assertThat(PdfChecks.pages(pdf)).isEqualTo(1);
        assertThat(text)
                .contains("成绩报告单", "张三明", "E20260042", "政企客户经理", "三级(中级)", "示范市分公司")
                .contains("2026年政企客户经理三级(中级)认证考试", "2026年11月18日")
                .contains("标准分67.2", "合格线60", "合格，认证级别三级(中级)")
                .contains("评分规则第3版")
                .contains("测量精度：标准分67.2±3.1（测量标准误；本场120名考生，信度α=0.91）")
                .contains("通用基础知识（G）14/2070.000.20.22222215.5555")
                .contains("专业基础知识（P）21.5/3071.670.30.33333323.89")
                .contains("岗位基础知识（J）25/4062.500.40.44444427.7778")
                .contains("岗位基本技能（S）0/0—0.1——")
                .contains("能力素质状况图示", "评估级别", "标准级别", "成就导向", "客户关系能力") // radar labels are text
                .contains("刻度由中心向外：未评估、初级、中级、高级、资深（能力素质模型第1版）")
                .contains("编号：" + ReportFixture.SERIAL, ReportFixture.URL, "签发日期2026年11月20日")
                .contains("生成时间2026-11-2710:00:00");
    }

    /** The footer band of every page: above the page number (60 pt from the bottom), as high as ReportPdfs reserves. */
    private static final double BAND_BOTTOM = 60;

    private static final double BAND_TOP = BAND_BOTTOM + ReportFooter.BAND;

    @Test
    void aReportWithManyAreasFlowsOverPagesAndNothingButTheFooterEntersTheFooterBand() throws Exception {
        List<String> footer = List.of(
                "编号：" + ReportFixture.SERIAL,
                "扫描二维码或访问下列网址核验真伪：",
                ReportFixture.URL,
                "第", // the revision and its date (ADR 12): 第 1 版　签发日期 …
                "1",
                "版",
                "签发日期",
                "2026年11月20日",
                "生成时间",
                "2026-11-27",
                "10:00:00");
        for (int n : new int[] {14, 40}) {
            ScoreReportData report = ReportFixture.deepReport(n);
            byte[] pdf = ReportPdfs.scoreReport(report);
            String name = "deep-" + n;
            String text = PdfChecks.text(pdf);
            for (ResultView.AreaLine a : report.areas()) {
                assertThat(text).as(n + " areas").contains(a.name() + "（" + a.area() + "）");
            }
            assertThat(text).contains("能力素质状况图示", "评估级别", "客户关系能力", "刻度由中心向外");

            int pages = PdfChecks.pages(pdf);
            assertThat(pages).as(n + " areas need a second page").isGreaterThan(1);
            List<PdfChecks.Word> words = PdfChecks.words(pdf, name);
            for (int page = 1; page <= pages; page++) {
                int p = page;
                List<String> inBand = words.stream()
                        .filter(w -> w.page() == p && w.top() > BAND_BOTTOM && w.bottom() < BAND_TOP)
                        .map(PdfChecks.Word::text)
                        .toList();
                assertThat(inBand)
                        .as("%d areas, page %d: the footer band holds the footer and nothing else", n, page)
                        .containsExactlyInAnyOrderElementsOf(footer);
                // and no line or cell border either: between the footer text and the QR code the band is blank
                BufferedImage image = PdfChecks.page(pdf, name, page, 72);
                for (int y = image.getHeight() - (int) BAND_TOP; y < image.getHeight() - BAND_BOTTOM; y++) {
                    for (int x = 380; x < 440; x++) {
                        Color c = new Color(image.getRGB(x, y));
                        assertThat(c.getRed() + c.getGreen() + c.getBlue())
                                .as("%d areas, page %d: pixel (%d, %d) in the footer band", n, page, x, y)
                                .isGreaterThan(3 * 235);
                    }
                }
                assertThat(PdfChecks.decode(PdfChecks.page(pdf, name, page, 150)))
                        .as("the QR code on page %d", page)
                        .isEqualTo(ReportFixture.URL);
            }
        }
    }

    @Test
    void withoutAReliabilityTheReportSaysWhyAndPrintsNoBand() {
        var d = ReportFixture.report("2026-11-27 10:00:00");
        var fewer = new org.jianding.app.statistics.ScoreReliability.Reliability(2, null, null);
        var noSpread = new org.jianding.app.statistics.ScoreReliability.Reliability(40, null, null);
        assertThat(ReportPdfs.precision(withReliability(d, fewer)))
                .startsWith("测量精度：本场已出分考生少于 3 人")
                .doesNotContain("±");
        assertThat(ReportPdfs.precision(withReliability(d, noSpread)))
                .startsWith("测量精度：本场成绩没有差异或试卷只有一题")
                .doesNotContain("±");
        assertThat(PdfChecks.text(ReportPdfs.scoreReport(withReliability(d, fewer))))
                .contains("本场已出分考生少于3人，无法估计本场考试的信度与测量标准误");
    }

    private static ScoreReportData withReliability(
            ScoreReportData d, org.jianding.app.statistics.ScoreReliability.Reliability r) {
        return new ScoreReportData(
                d.serial(),
                d.verifyUrl(),
                d.issuer(),
                d.candidateName(),
                d.employeeNo(),
                d.unit(),
                d.postName(),
                d.level(),
                d.sessionTitle(),
                d.sessionDate(),
                d.standardScore(),
                d.passMark(),
                d.passed(),
                d.areas(),
                d.ruleVersion(),
                d.profile(),
                d.issuedOn(),
                d.datedAt(),
                d.revision(),
                d.firstIssuedOn(),
                d.generatedAt(),
                r);
    }

    @Test
    void aReportWithoutProfileSaysSoInsteadOfARadar() {
        String text = PdfChecks.text(ReportFixture.scoreReport(null));
        assertThat(text).contains("暂无能力素质档案数据").doesNotContain("评估级别");
    }

    @Test
    void certificateNamesHolderPostLevelDatesAndSerial() throws Exception {
        byte[] pdf = ReportPdfs.certificate(ReportFixture.certificate("2026-11-27 10:00:00"));
        String text = PdfChecks.text(pdf);

        assertThat(PdfChecks.pages(pdf)).isEqualTo(1);
        assertThat(text)
                .contains("证书", "张三明", "政企客户经理", "三级(中级)")
                .contains("发证日期2026年11月20日", "有效期至2029年11月19日", "证书编号" + ReportFixture.SERIAL)
                .doesNotContain("第1页"); // no page footer on a certificate
    }

    @Test
    void printingTwiceGivesTheSameBytesAndOnlyTheGenerationTimeDiffers() {
        byte[] first = ReportPdfs.scoreReport(ReportFixture.report("2026-11-27 10:00:00"));
        byte[] again = ReportPdfs.scoreReport(ReportFixture.report("2026-11-27 10:00:00"));
        byte[] later = ReportPdfs.scoreReport(ReportFixture.report("2026-12-03 18:45:12"));

        assertThat(again).isEqualTo(first); // dates, /ID and font subset name come from the data, not the clock
        assertThat(later).isNotEqualTo(first);
        assertThat(PdfChecks.text(later).replace("2026-12-0318:45:12", "T"))
                .isEqualTo(PdfChecks.text(first).replace("2026-11-2710:00:00", "T"));

        byte[] certificate = ReportPdfs.certificate(ReportFixture.certificate("2026-11-27 10:00:00"));
        assertThat(ReportPdfs.certificate(ReportFixture.certificate("2026-11-27 10:00:00")))
                .isEqualTo(certificate);
    }

    @Test
    void theQrCodeOnThePageDecodesToTheVerificationUrl() throws Exception {
        assertThat(PdfChecks.qrOnFirstPage(ReportPdfs.scoreReport(ReportFixture.report("x")), "score-report"))
                .isEqualTo(ReportFixture.URL);
        assertThat(PdfChecks.qrOnFirstPage(ReportPdfs.certificate(ReportFixture.certificate("x")), "certificate"))
                .isEqualTo(ReportFixture.URL);
    }

    @Test
    void theQrMatrixDrawnAsModulesDecodes() throws Exception {
        var matrix = QrCodes.matrix(ReportFixture.URL);
        int scale = 6;
        int quiet = 4 * scale;
        int size = matrix.getWidth() * scale + 2 * quiet;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setColor(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    g.fillRect(quiet + x * scale, quiet + y * scale, scale, scale);
                }
            }
        }
        g.dispose();
        assertThat(PdfChecks.decode(image)).isEqualTo(ReportFixture.URL);
    }

    @Test
    void radarPlotsAssessedAgainstStandardLevels() {
        CompetencyProfile profile = ReportFixture.profile();
        var data = RadarChart.dataset(profile);

        assertThat(data.getColumnCount()).isEqualTo(18);
        assertThat(data.getValue(RadarChart.ASSESSED, "成就导向").intValue()).isZero(); // never assessed
        assertThat(data.getValue(RadarChart.ASSESSED, "通用基础知识").intValue()).isEqualTo(3); // 高级
        assertThat(data.getValue(RadarChart.ASSESSED, "执行能力").intValue()).isEqualTo(2); // 中级
        assertThat(data.getValue(RadarChart.STANDARD, "客户关系能力").intValue()).isEqualTo(2);

        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        RadarChart.draw(profile, g, new java.awt.geom.Rectangle2D.Double(0, 0, 400, 300));
        g.dispose();
        long blue = 0;
        long red = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                Color c = new Color(image.getRGB(x, y));
                blue += c.getBlue() > 150 && c.getRed() < 120 ? 1 : 0;
                red += c.getRed() > 150 && c.getBlue() < 120 ? 1 : 0;
            }
        }
        assertThat(blue).as("assessed series drawn").isGreaterThan(200);
        assertThat(red).as("standard series drawn").isGreaterThan(200);
    }
}
