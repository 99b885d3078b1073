package org.jianding.bank.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;

/**
 * Writes questions as a Word question book in the layout {@link DocxReader} reads and Chinese authors use: a
 * heading per run of one type ({@code 一、单选题}), numbered stems, {@code A. …} options, {@code 答案：}, {@code 解析：}
 * and one line per attribute ({@code 分值：2}, {@code 难度：3}, {@code 知识点：G3} …); images as pictures where the
 * text shows them. Formatting other than line breaks and images is not carried. 案例分析 is left out.
 */
public final class DocxWriter {

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*?\\bsrc=\"([^\"]*)\"[^>]*>");

    private DocxWriter() {}

    /** Writes the book; returns how many questions were written (case analyses are not). */
    public static int write(List<Question> questions, ExportSource source, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            QuestionType section = null;
            int sections = 0;
            int number = 0;
            for (Question q : questions) {
                if (q.body() instanceof CaseAnalysis) {
                    continue;
                }
                if (q.type() != section) {
                    section = q.type();
                    XWPFRun heading = doc.createParagraph().createRun();
                    heading.setBold(true);
                    heading.setText(numeral(++sections) + "、" + q.type().chineseName() + "题");
                }
                number++;
                lines(doc, number + ". ", q.stem(), source);
                if (q.body() instanceof SingleChoice || q.body() instanceof org.jianding.bank.item.MultipleChoice) {
                    for (Option o : q.options()) {
                        lines(doc, o.label() + ". ", o.text(), source);
                    }
                }
                lines(doc, "答案：", answer(q), source);
                lines(doc, "解析：", q.explanation(), source);
                for (Map.Entry<String, String> a : ExportSource.attributes(q).entrySet()) {
                    lines(doc, a.getKey() + "：", a.getValue(), source);
                }
            }
            doc.write(out);
            return number;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String answer(Question q) {
        if (q.body() instanceof SingleChoice s) {
            return s.answer();
        }
        if (q.body() instanceof org.jianding.bank.item.MultipleChoice m) {
            return String.join("", m.answers());
        }
        if (q.body() instanceof TrueFalse t) {
            return t.answer() ? "对" : "错";
        }
        if (q.body() instanceof FillBlank f) {
            return String.join(
                    "；",
                    f.blanks().stream()
                            .map(Blank::accepted)
                            .map(a -> String.join("|", a))
                            .toList());
        }
        return MoodleXmlWriter.reference((ShortAnswer) q.body());
    }

    /** The text as paragraphs (one per line), the first led by {@code lead}, images as pictures. */
    private static void lines(XWPFDocument doc, String lead, String html, ExportSource source) {
        String text =
                html.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>", "\n").replaceAll("(?i)<(p|div|li)\\b[^>]*>", "");
        boolean first = true;
        for (String line : text.split("\n")) {
            if (line.isBlank() && !first) {
                continue;
            }
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.createRun().setText(first ? lead : "");
            first = false;
            Matcher m = IMG.matcher(line);
            int last = 0;
            while (m.find()) {
                run(paragraph, line.substring(last, m.start()));
                picture(paragraph, source.image().apply(m.group(1)));
                last = m.end();
            }
            run(paragraph, line.substring(last));
        }
    }

    private static void run(XWPFParagraph paragraph, String html) {
        String plain = ItemConversion.plain(html);
        if (!plain.isEmpty()) {
            paragraph.createRun().setText(plain);
        }
    }

    private static void picture(XWPFParagraph paragraph, byte[] bytes) {
        if (bytes == null) {
            return;
        }
        PictureType type =
                bytes[0] == (byte) 0x89 ? PictureType.PNG : bytes[0] == 'G' ? PictureType.GIF : PictureType.JPEG;
        try {
            java.awt.Dimension size = size(bytes);
            paragraph
                    .createRun()
                    .addPicture(
                            new ByteArrayInputStream(bytes),
                            type,
                            "image." + type.getExtension(),
                            Units.pixelToEMU(size.width),
                            Units.pixelToEMU(size.height));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The picture's size in pixels, at most 480 wide; 200×150 when unreadable. */
    private static java.awt.Dimension size(byte[] bytes) {
        try {
            var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return new java.awt.Dimension(200, 150);
            }
            double scale = Math.min(1.0, 480.0 / image.getWidth());
            return new java.awt.Dimension(
                    (int) Math.max(1, image.getWidth() * scale), (int) Math.max(1, image.getHeight() * scale));
        } catch (IOException e) {
            return new java.awt.Dimension(200, 150);
        }
    }

    private static String numeral(int n) {
        if (n <= 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        if (n < 20) {
            return "十" + NUMERALS.charAt(n - 11);
        }
        return (n / 10 == 1 ? "" : String.valueOf(NUMERALS.charAt(n / 10 - 1))) + "十"
                + (n % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(n % 10 - 1)));
    }
}
