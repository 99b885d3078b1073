package org.jianding.bank.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianding.bank.interchange.DocxLines.Line;
import org.jianding.bank.interchange.InterchangeException.Reason;
import org.jianding.bank.item.QuestionType;

/**
 * Word .docx in the layout of Chinese question books: section headings ({@code 一、单项选择题}) set the type, a
 * question starts with its number ({@code 1. 题干}, {@code 1、}, {@code （1）}, {@code 第1题}, or Word's own list
 * numbering), options follow ({@code A. …}, several to a line allowed, in any order), then {@code 答案：B} (also at the
 * end of the stem or an option line, in a table row, or as the letter in the stem's brackets) and {@code 解析：…};
 * {@code 分值：}, {@code 难度：}, {@code 认知层次：}, {@code 级别：}, {@code 知识点：} lines are read as attributes. Also the
 * tagged layout of exam products: {@code 【单选】【简单】题干}, {@code 【答案：B】【分值：2】}, {@code 【解析】…}, one 答案 block
 * per blank. Pictures stay where they are, as images. Without a heading the type follows from the answer. Sections of
 * types the bank lacks are skipped.
 */
final class DocxReader {

    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+\\s*[、.．]\\s*(.+?)(?:[（(].*[）)])?\\s*$");
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:第\\s*)?(\\d+)\\s*(?:\\.(?!\\d)|[．、)）]|题\\s*[.．、:：]?)\\s*(.*)$|^[（(](\\d+)[）)]\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern TAGGED = Pattern.compile(
            "^【(单选题?|单项选择题|多选题?|多项选择题|不定项(?:选择题?)?|判断题?|是非题|填空题?|问答题?|简答题?|论述题?)】\\s*"
                    + "(?:【(极易|简单|容易|较易|适中|中等|一般|较难|困难|极难|易|中|难)】)?\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("^([A-H])\\s*[.．、)）。:：]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern BARE_OPTION = Pattern.compile("^([B-H])([^A-Za-z0-9\\s].*)$", Pattern.DOTALL);
    private static final Pattern NEXT_OPTION = Pattern.compile("\\s+(?=[B-H]\\s*[.．、)）。])");
    private static final String LABELS = "答案|参考答案|正确答案|解析|答案解析|试题解析|分值|分数|问答分值|难度|认知层次|级别|知识点|关联知识点|来源|空\\d+";
    private static final Pattern LABELLED =
            Pattern.compile("^[【\\[]?(" + LABELS + ")[】\\]]?\\s*[:：]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern INLINE_ANSWER =
            Pattern.compile("^(.+?)\\s*[【\\[]?(答案|参考答案|正确答案)[】\\]]?\\s*[:：]\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern BLOCKS = Pattern.compile("^(?:【[^【】]*】\\s*)+$");
    private static final Pattern BLOCK = Pattern.compile("【([^【】:：]+)(?:[:：]([^【】]*))?】");
    private static final Pattern OPEN_BLOCK = Pattern.compile("^【(" + LABELS + ")[:：]([^】]*)$", Pattern.DOTALL);

    private final List<ForeignItem> items = new ArrayList<>();
    private final List<SkippedItem> skipped = new ArrayList<>();
    private final List<ItemProblem> problems = new ArrayList<>();
    private QuestionType sectionType;
    private String sectionSkip;
    private DocxDraft draft;
    private int number;

    static InterchangeRead read(byte[] bytes) throws InterchangeException {
        DocxReader reader = new DocxReader();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (Line line : DocxLines.of(doc)) {
                reader.line(line.text(), line.pictures());
            }
        } catch (IOException | RuntimeException e) {
            throw new InterchangeException(Reason.CORRUPT, "docx", e);
        }
        reader.finish();
        return new InterchangeRead(InterchangeFormat.DOCX, reader.items, reader.skipped, reader.problems);
    }

    private void line(String text, Map<String, byte[]> pictures) {
        if (draft != null && draft.openLabel != null) {
            boolean closes = text.endsWith("】");
            draft.labelled.merge(
                    draft.openLabel, closes ? text.substring(0, text.length() - 1) : text, (a, b) -> a + "\n" + b);
            if (closes) {
                draft.openLabel = null;
            }
            return;
        }
        String line = halfWidthStart(text);
        Matcher tagged = TAGGED.matcher(line);
        if (tagged.matches()) {
            start(tagged.group(3), pictures);
            draft.type = DocxTypes.of(tagged.group(1)).orElse(null);
            draft.bracketed = true;
            if (tagged.group(2) != null) {
                draft.labelled.put(ForeignItem.DIFFICULTY, DocxTypes.difficulty(tagged.group(2)));
            }
            return;
        }
        Matcher heading = HEADING.matcher(line);
        if (heading.matches() && !line.contains("<img")) {
            finish();
            section(heading.group(1).strip());
            return;
        }
        Matcher numbered = NUMBER.matcher(line);
        if (numbered.matches()) {
            String digits = numbered.group(1) != null ? numbered.group(1) : numbered.group(3);
            String rest = numbered.group(1) != null ? numbered.group(2) : numbered.group(4);
            if (startsQuestion(digits)) {
                Matcher inline = INLINE_ANSWER.matcher(rest);
                start(inline.matches() ? inline.group(1) : rest, pictures);
                if (inline.matches()) {
                    draft.inlineAnswer(inline.group(3).strip());
                }
                return;
            }
        }
        if (draft == null) {
            return;
        }
        draft.images.putAll(pictures);
        if (BLOCKS.matcher(line).matches() && line.matches("^【[^】]*[:：].*")) {
            Matcher block = BLOCK.matcher(line);
            while (block.find()) {
                String label = canonicalLabel(block.group(1).strip());
                if (block.group(2) != null && label.matches(LABELS)) {
                    draft.label(label, block.group(2).strip());
                }
            }
            return;
        }
        Matcher open = OPEN_BLOCK.matcher(line);
        if (open.matches()) {
            draft.openLabel = canonicalLabel(open.group(1));
            draft.label(draft.openLabel, open.group(2).strip());
            return;
        }
        Matcher labelled = LABELLED.matcher(line);
        if (labelled.matches()) {
            draft.label(canonicalLabel(labelled.group(1)), labelled.group(2).strip());
            return;
        }
        Matcher inline = INLINE_ANSWER.matcher(line);
        if (inline.matches() && draft.lastLabel == null) {
            line(inline.group(1), Map.of());
            draft.inlineAnswer(inline.group(3).strip());
            return;
        }
        if (draft.lastLabel == null && option(line)) {
            return;
        }
        draft.append(line);
    }

    private boolean option(String line) {
        Matcher option = OPTION.matcher(line);
        if (option.matches()) {
            for (String part : NEXT_OPTION.split(line)) {
                Matcher one = OPTION.matcher(part.strip());
                if (one.matches()) {
                    draft.option(one.group(1).charAt(0) - 'A', one.group(2).strip());
                }
            }
            return true;
        }
        Matcher bare = BARE_OPTION.matcher(line);
        if (bare.matches() && bare.group(1).charAt(0) - 'A' == draft.nextOption()) {
            draft.option(draft.nextOption(), bare.group(2).strip());
            return true;
        }
        return false;
    }

    private void start(String stem, Map<String, byte[]> pictures) {
        finish();
        number++;
        draft = new DocxDraft(ForeignTypes.ref(number, plain(stem)));
        draft.stem.append(stem.strip());
        draft.images.putAll(pictures);
    }

    /** A numbered line inside an answer or explanation is a list there, unless it is the next question's number. */
    private boolean startsQuestion(String digits) {
        if (draft == null || draft.lastLabel == null) {
            return true;
        }
        try {
            return Integer.parseInt(digits) == number + 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void section(String title) {
        Optional<QuestionType> type = DocxTypes.of(title);
        sectionType = type.orElse(null);
        sectionSkip = type.isPresent() ? null : "题库没有此题型：" + title;
    }

    private void finish() {
        if (draft == null) {
            return;
        }
        DocxDraft d = draft;
        draft = null;
        if (sectionSkip != null && d.type == null) {
            skipped.add(new SkippedItem(d.ref, sectionSkip));
            return;
        }
        String answer = plain(d.labelled.getOrDefault("答案", "")).strip();
        if (answer.isEmpty()) {
            answer = DocxAnswers.fromStemBrackets(d);
        }
        QuestionType type = d.type != null ? d.type : sectionType != null ? sectionType : guess(d, answer);
        ForeignItem item = DocxAnswers.build(d, type, answer, problems);
        if (item == null) {
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String key : List.of(
                ForeignItem.KNOWLEDGE,
                ForeignItem.SECONDARY,
                ForeignItem.DIFFICULTY,
                ForeignItem.COGNITIVE,
                ForeignItem.LEVELS,
                ForeignItem.SOURCE)) {
            if (d.labelled.containsKey(key)) {
                attributes.put(key, plain(d.labelled.get(key)).strip());
            }
        }
        d.labelled.keySet().stream()
                .filter(k -> k.startsWith(ForeignItem.BLANK) && k.length() > 1)
                .forEach(k -> attributes.put(k, plain(d.labelled.get(k)).strip()));
        item = item.withExplanation(d.labelled.getOrDefault("解析", ""))
                .withAttributes(attributes)
                .withMedia(d.images);
        String points =
                plain(d.labelled.getOrDefault("分值", "")).replace("分", "").strip();
        if (!points.isEmpty()) {
            try {
                // the tagged layout gives each blank or keyword its own points: the question's are their sum
                BigDecimal sum = BigDecimal.ZERO;
                for (String p : points.split("\\s*\\n\\s*")) {
                    sum = sum.add(new BigDecimal(p.strip()));
                }
                item = item.withPoints(sum);
            } catch (NumberFormatException e) {
                problems.add(new ItemProblem(d.ref, "分值「" + points + "」不是数字"));
                return;
            }
        }
        items.add(item);
    }

    private static QuestionType guess(DocxDraft d, String answer) {
        if (!d.options.isEmpty()) {
            return DocxAnswers.letters(answer).size() > 1 ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        }
        if (truth(answer) != null) {
            return QuestionType.TRUE_FALSE;
        }
        if (d.stem.toString().matches("(?s).*(_{2,}|[（(]\\s*[）)]).*")) {
            return QuestionType.FILL_BLANK;
        }
        return QuestionType.SHORT_ANSWER;
    }

    static Boolean truth(String answer) {
        String a = answer.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (a) {
            case "对", "正确", "√", "✓", "✔", "T", "TRUE", "是", "Y" -> Boolean.TRUE;
            case "错", "错误", "×", "✗", "✘", "X", "F", "FALSE", "否", "N" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String canonicalLabel(String label) {
        return switch (label) {
            case "参考答案", "正确答案" -> "答案";
            case "答案解析", "试题解析" -> "解析";
            case "分数", "问答分值" -> "分值";
            default -> label;
        };
    }

    /**
     * Full-width digits and letters at the start of a line ({@code １．}, {@code Ａ．}) as ASCII, so numbers and
     * option letters are found; one character for one, the rest of the line as written.
     */
    static String halfWidthStart(String line) {
        char[] chars = line.toCharArray();
        for (int i = 0; i < Math.min(chars.length, 8); i++) {
            char c = chars[i];
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ')) {
                chars[i] = (char) (c - 0xFEE0);
            }
        }
        return new String(chars);
    }

    static String plain(String html) {
        return html.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
