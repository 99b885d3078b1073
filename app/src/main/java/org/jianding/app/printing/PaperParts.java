package org.jianding.app.printing;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jianding.bank.item.Option;

/**
 * What the candidate paper and the answer key share: type sizes, the title block, section headings, question
 * numbers with a hanging indent, option grids and the wrapper that keeps a question on one page.
 */
final class PaperParts {

    static final float BODY = 10.5f;
    static final float CONTENT_WIDTH = 595.28f - 2 * PdfDocuments.SIDE_MARGIN;

    final RichTextPdf rich;
    private Paragraph pendingHeading;

    PaperParts(ImageSource images) {
        this.rich = new RichTextPdf(images);
    }

    static Font font(float size, int style) {
        return ChineseFonts.font(size, style);
    }

    static Chunk chunk(String text, float size, int style) {
        return new Chunk(text, font(size, style));
    }

    /** Title, an optional second title (答案及评分标准) and the subtitle lines, centred. */
    static void titleBlock(Document document, PrintablePaper paper, String secondTitle) throws DocumentException {
        Paragraph title = new Paragraph(paper.title(), font(17f, Font.BOLD));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(4);
        document.add(title);
        if (!secondTitle.isEmpty()) {
            Paragraph second = new Paragraph(secondTitle, font(14f, Font.BOLD));
            second.setAlignment(Element.ALIGN_CENTER);
            second.setSpacingAfter(4);
            document.add(second);
        }
        for (String line : paper.subtitleLines()) {
            Paragraph subtitle = new Paragraph(line, font(BODY, Font.NORMAL));
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setLeading(0, 1.5f);
            document.add(subtitle);
        }
    }

    /** A section heading, printed with the first unit that follows so it never ends a page alone. */
    void sectionHeading(String heading) {
        pendingHeading = new Paragraph(heading, font(12f, Font.BOLD));
        pendingHeading.setSpacingBefore(8);
        pendingHeading.setSpacingAfter(3);
    }

    /** Adds blocks as one unit ({@link #keepTogether}), headed by a pending section heading. */
    void unit(Document document, List<Element> blocks, float spacingBefore) throws DocumentException {
        List<Element> all = new ArrayList<>(blocks);
        if (pendingHeading != null) {
            all.add(0, pendingHeading);
            pendingHeading = null;
        }
        document.add(keepTogether(all, spacingBefore));
    }

    /** The stem's blocks, opened by the printed number and indented so that lines wrap under the text. */
    List<Element> numbered(String prefix, float indent, String text, List<Chunk> suffix, IntFunction<Chunk> blanks) {
        List<Element> blocks = rich.blocks(text, BODY, List.of(chunk(prefix, BODY, Font.BOLD)), suffix, blanks);
        indent(blocks, indent);
        if (blocks.get(0) instanceof Paragraph first) {
            first.setFirstLineIndent(-indent);
        }
        return blocks;
    }

    /** Plain paragraphs of a text (keys, explanations) under a bold label such as 【解析】. */
    List<Element> labelled(String label, String text, float indent) {
        List<Element> blocks = rich.blocks(text, BODY, List.of(chunk(label, BODY, Font.BOLD)), List.of(), null);
        indent(blocks, indent);
        return blocks;
    }

    /** Indents blocks by a further amount; tables must start at 100 % width (OpenPDF's default is 80 %). */
    static void indent(List<Element> blocks, float indent) {
        for (Element block : blocks) {
            if (block instanceof Paragraph paragraph) {
                paragraph.setIndentationLeft(paragraph.getIndentationLeft() + indent);
            } else if (block instanceof PdfPTable table) {
                float width = CONTENT_WIDTH * table.getWidthPercentage() / 100f;
                table.setWidthPercentage(100f * (width - indent) / CONTENT_WIDTH);
                table.setHorizontalAlignment(Element.ALIGN_RIGHT);
            } else if (block instanceof com.lowagie.text.Image image) {
                image.setIndentationLeft(indent);
            }
        }
    }

    /** How much room a printed number takes, so all questions of a section wrap at the same place. */
    static float numberWidth(String widestPrefix) {
        return ChineseFonts.baseFont().getWidthPoint(widestPrefix, BODY) + 2f;
    }

    /**
     * Options in a grid: four to a row when all are short, two when they fit half a line, otherwise one per line;
     * tables, images and lists always get a full line.
     */
    PdfPTable options(List<Option> options, float indent) {
        float available = CONTENT_WIDTH - indent;
        float widest = 0;
        boolean blocks = false;
        for (Option option : options) {
            blocks |= RichTextPdf.hasBlocks(option.text());
            widest = Math.max(widest, textWidth(option.label() + "．" + RichTextPdf.plain(option.text())));
        }
        int columns = blocks ? 1 : widest + 10 <= available / 4 ? 4 : widest + 10 <= available / 2 ? 2 : 1;
        PdfPTable grid = new PdfPTable(columns);
        for (Option option : options) {
            PdfPCell cell = plainCell();
            float labelWidth = textWidth(option.label() + "．");
            List<Element> blocksOfOption = rich.blocks(
                    option.text(), BODY, List.of(chunk(option.label() + "．", BODY, Font.NORMAL)), List.of(), null);
            indent(blocksOfOption, labelWidth);
            if (blocksOfOption.get(0) instanceof Paragraph first) {
                first.setFirstLineIndent(-labelWidth);
            }
            blocksOfOption.forEach(cell::addElement);
            grid.addCell(cell);
        }
        grid.completeRow();
        grid.setWidthPercentage(100);
        indent(List.of(grid), indent);
        return grid;
    }

    /** The case text of a case analysis, framed. */
    PdfPTable caseBox(String caseText, float indent) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderWidth(0.6f);
        cell.setBorderColor(RichTextPdf.RULE);
        cell.setPadding(8);
        cell.setPaddingTop(4);
        cell.addElement(new Paragraph(chunk("【案例】", BODY, Font.BOLD)));
        rich.blocks(caseText, BODY, List.of(), List.of(), null).forEach(cell::addElement);
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.addCell(cell);
        box.setSpacingBefore(4);
        box.setSpacingAfter(4);
        indent(List.of(box), indent);
        return box;
    }

    static Chunk pointsNote(BigDecimal points) {
        return unbroken(chunk("（" + points(points) + " 分）", BODY, Font.NORMAL));
    }

    /** A chunk that moves to the next line whole rather than leave 「（」 at the end of one line. */
    static Chunk unbroken(Chunk chunk) {
        chunk.setSplitCharacter((start, current, end, chars, chunks) -> false);
        return chunk;
    }

    /**
     * One unit that moves to the next page whole when it does not fit the rest of this one, so a stem is never
     * printed apart from its options; a unit taller than a page still breaks.
     */
    static PdfPTable keepTogether(List<Element> blocks, float spacingBefore) {
        PdfPTable unit = new PdfPTable(1);
        unit.setWidthPercentage(100);
        unit.setSplitLate(true);
        unit.setSpacingBefore(spacingBefore);
        PdfPCell cell = plainCell();
        blocks.forEach(cell::addElement);
        unit.addCell(cell);
        return unit;
    }

    static PdfPCell plainCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(1);
        return cell;
    }

    static float textWidth(String text) {
        return ChineseFonts.baseFont().getWidthPoint(text, BODY);
    }

    /** 2, 1.5: points as people write them. */
    static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }

    /** 一 … 九十九, for section numbers in the score table. */
    static String chineseNumber(int n) {
        return ChineseNumerals.of(n);
    }
}
