package org.jianding.app.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.printing.PdfReading.compact;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Renders papers with all six question types and reads the PDFs back as text, fonts, images and pixels. */
class PaperPdfTests {

    static final Path PREVIEW = Path.of("target", "pdf-preview");

    private final PaperPdf paperPdf = new PaperPdf();
    private final ImageSource images =
            sha -> sha.equals(PaperFixture.IMAGE_SHA) ? Optional.of(png()) : Optional.empty();

    @Test
    void printsChineseStemsOptionsAndInstructionsAsText() {
        String text = PdfReading.text(paperPdf.candidatePaper(PaperFixture.allTypes(), images));

        assertThat(text)
                .contains(compact("政企客户经理 四级(初级) 认证考试"), "考试须知", "姓名：", "题号", "得分")
                .contains(compact(PaperFixture.SINGLE_STEM), compact(PaperFixture.MULTIPLE_STEM))
                .contains(compact(PaperFixture.TRUE_FALSE_STEM), compact(PaperFixture.SHORT_STEM))
                .contains("5G网络的三大应用场景是增强移动宽带", compact(PaperFixture.CASE_SUB_STEM))
                .contains("一、单项选择题", "六、案例分析题", "（1）针对西山县", "（2）请为该客户设计")
                .contains("某市政务服务中心计划建设覆盖12个区县的视频会议系统", "东城区", "光纤已到楼");
        PaperFixture.SINGLE_OPTIONS.forEach(option -> assertThat(text).contains(option));
        assertThat(text).contains("A．了解客户的组织架构", "D．提供服务等级协议（SLA）", "B．新建光纤专线");
    }

    @Test
    void keepsKeysExplanationsAndRubricsOffTheCandidatePaper() {
        String text = PdfReading.text(paperPdf.candidatePaper(PaperFixture.allTypes(), images));

        assertThat(text)
                .doesNotContain("【答案】", "【解析】", "【参考答案】", "【评分要点】", "答案及评分标准")
                .doesNotContain(compact(PaperFixture.SINGLE_EXPLANATION), compact(PaperFixture.MULTIPLE_EXPLANATION))
                .doesNotContain(compact(PaperFixture.TRUE_FALSE_EXPLANATION), compact(PaperFixture.FILL_EXPLANATION))
                .doesNotContain(PaperFixture.FILL_ANSWER, "uRLLC", "海量机器类通信", "mMTC")
                .doesNotContain(compact(PaperFixture.SHORT_REFERENCE), compact(PaperFixture.SHORT_EXPLANATION))
                .doesNotContain(PaperFixture.RUBRIC_POINT, compact(PaperFixture.CASE_REFERENCE))
                .doesNotContain(compact(PaperFixture.CASE_SUB_EXPLANATION), "×（错误）", "√（正确）");
    }

    @Test
    void printsKeysExplanationsAndRubricsInTheAnswerKey() {
        String text = PdfReading.text(paperPdf.answerKey(PaperFixture.allTypes(), images));

        assertThat(text)
                .contains("答案及评分标准", "客观题答案速查", "题号123答案DABD×")
                .contains("【答案】D", "【答案】ABD", "【答案】×（错误）")
                .contains("【答案】（1）超高可靠低时延通信或uRLLC；（2）海量机器类通信或mMTC")
                .contains("增强移动宽带、超高可靠低时延通信和海量机器类通信。")
                .contains(compact(PaperFixture.SINGLE_EXPLANATION), compact(PaperFixture.MULTIPLE_EXPLANATION))
                .contains(compact(PaperFixture.TRUE_FALSE_EXPLANATION), compact(PaperFixture.FILL_EXPLANATION))
                .contains("【参考答案】" + compact(PaperFixture.SHORT_REFERENCE), "【评分要点】")
                .contains(PaperFixture.RUBRIC_POINT, "2分", compact(PaperFixture.SHORT_EXPLANATION))
                .contains("【答案】B", compact(PaperFixture.CASE_SUB_EXPLANATION), compact(PaperFixture.CASE_REFERENCE))
                .contains(compact(PaperFixture.SINGLE_STEM), compact(PaperFixture.CASE_SHORT_STEM));
    }

    @Test
    void printsBankImagesAndAPlaceholderForMissingOnes() {
        byte[] pdf = paperPdf.candidatePaper(PaperFixture.allTypes(), images);

        assertThat(PdfReading.text(pdf)).contains("〔图片缺失：bbbbbbbb〕").doesNotContain("〔图片缺失：机房照片〕");
        assertThat(imageCount(pdf)).isEqualTo(1);
        assertThat(PdfReading.text(paperPdf.candidatePaper(PaperFixture.allTypes(), ImageSource.none())))
                .contains("〔图片缺失：机房照片〕", "〔图片缺失：bbbbbbbb〕");
    }

    @Test
    void embedsTheChineseFontInBothVersions() {
        for (byte[] pdf : List.of(
                paperPdf.candidatePaper(PaperFixture.allTypes(), images),
                paperPdf.answerKey(PaperFixture.allTypes(), images))) {
            assertThat(PdfReading.fonts(pdf)).isNotEmpty().allSatisfy((name, embedded) -> {
                assertThat(name).containsIgnoringCase("WenQuanYi");
                assertThat(embedded).as("%s embedded", name).isTrue();
            });
        }
    }

    @Test
    void addsPagesAsThePaperGrows() {
        int ten = PdfReading.pages(paperPdf.candidatePaper(PaperFixture.singleChoices(10), images))
                .size();
        int hundred = PdfReading.pages(paperPdf.candidatePaper(PaperFixture.singleChoices(100), images))
                .size();
        int hundredKey = PdfReading.pages(paperPdf.answerKey(PaperFixture.singleChoices(100), images))
                .size();

        assertThat(ten).isBetween(1, 2);
        assertThat(hundred).isGreaterThan(ten + 4);
        assertThat(hundredKey).isGreaterThan(hundred);
    }

    @Test
    void keepsEveryStemOnThePageOfItsOptions() {
        List<String> pages = PdfReading.pages(paperPdf.candidatePaper(PaperFixture.singleChoices(60), images));

        assertThat(pages).hasSizeGreaterThan(3);
        for (int n = 1; n <= 60; n++) {
            assertThat(pageOf(pages, "第" + n + "题：关于政企客户服务规范"))
                    .as("page of question %d", n)
                    .isEqualTo(pageOf(pages, "选项" + n + "A"))
                    .isEqualTo(pageOf(pages, "选项" + n + "D"));
        }
    }

    @Test
    void rendersPagesThatLookPrinted() throws Exception {
        Files.createDirectories(PREVIEW);
        Path candidate = PREVIEW.resolve("candidate.pdf");
        Path key = PREVIEW.resolve("answer-key.pdf");
        Files.write(candidate, paperPdf.candidatePaper(PaperFixture.allTypes(), images));
        Files.write(key, paperPdf.answerKey(PaperFixture.allTypes(), images));
        boolean required = "true".equalsIgnoreCase(System.getenv("CI"));
        if (required && !pdftoppmAvailable()) {
            throw new IllegalStateException(
                    "CI needs pdftoppm (poppler-utils) to render the PDFs; .ci/run installs it");
        }
        Assumptions.assumeTrue(
                pdftoppmAvailable(),
                "pdftoppm (Debian poppler-utils) is not installed: PNG rendering skipped; the text checks still run");

        for (Path pdf : List.of(candidate, key)) {
            BufferedImage page = renderFirstPage(pdf);
            assertThat(page.getWidth()).isBetween(820, 830); // A4 at 100 dpi: 827 × 1170
            assertThat(page.getHeight()).isBetween(1165, 1175);
            assertThat(darkShare(page)).as("share of inked pixels").isBetween(0.01, 0.2);
        }
    }

    private static BufferedImage renderFirstPage(Path pdf) throws IOException, InterruptedException {
        String name = pdf.getFileName().toString().replace(".pdf", "");
        Process process = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "100",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        pdf.toString(),
                        PREVIEW.resolve(name).toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        return ImageIO.read(PREVIEW.resolve(name + ".png").toFile());
    }

    private static boolean pdftoppmAvailable() {
        try {
            Process process = new ProcessBuilder("pdftoppm", "-v")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (pixel.getRed() + pixel.getGreen() + pixel.getBlue() < 384) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int imageCount(byte[] pdf) {
        PdfReader reader = PdfReading.reader(pdf);
        try {
            int count = 0;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary xObjects = (PdfDictionary) PdfReader.getPdfObject(
                        reader.getPageN(page).getAsDict(PdfName.RESOURCES).get(PdfName.XOBJECT));
                if (xObjects == null) {
                    continue;
                }
                for (PdfName key : xObjects.getKeys()) {
                    PdfDictionary xObject = (PdfDictionary) PdfReader.getPdfObject(xObjects.get(key));
                    if (PdfName.IMAGE.equals(xObject.get(PdfName.SUBTYPE))) {
                        count++;
                    }
                }
            }
            return count;
        } finally {
            reader.close();
        }
    }

    /** A 240 × 120 picture: a blue frame with a bar, enough to see on the rendered page. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 240, 120);
        graphics.setColor(new Color(0x1F, 0x4E, 0x9A));
        graphics.drawRect(2, 2, 235, 115);
        graphics.fillRect(20, 50, 200, 20);
        graphics.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
