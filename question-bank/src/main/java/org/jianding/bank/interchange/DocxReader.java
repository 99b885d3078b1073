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
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jianding.bank.interchange.InterchangeException.Reason;
import org.jianding.bank.item.QuestionType;

/**
 * Word .docx in the layout of Chinese question books: section headings ({@code 一、单项选择题}) set the type, a
 * question starts with its number ({@code 1. 题干} or {@code 1、}), options follow ({@code A. …}, several to a line
 * allowed), then {@code 答案：B} and {@code 解析：…}; {@code 分值：}, {@code 难度：}, {@code 认知层次：}, {@code 级别：},
 * {@code 知识点：} lines are read as attributes. Pictures in a paragraph stay where they are, as images. Without a
 * heading the type follows from the answer. Sections of types the bank lacks are skipped.
 */
final class DocxReader {

    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+\\s*[、.．]\\s*(.+?)(?:[（(].*[）)])?\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)\\s*[.．、]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("^([A-H])\\s*[.．、)）]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern NEXT_OPTION = Pattern.compile("\\s+(?=[B-H]\\s*[.．、)）])");
    private static final Pattern LABELLED = Pattern.compile(
            "^[【\\[]?(答案|参考答案|正确答案|解析|答案解析|分值|分数|难度|认知层次|级别|知识点|关联知识点|来源|空\\d+)[】\\]]?\\s*[:：]?\\s*(.*)$",
            Pattern.DOTALL);

    private final List<ForeignItem> items = new ArrayList<>();
    private final List<SkippedItem> skipped = new ArrayList<>();
    private final List<ItemProblem> problems = new ArrayList<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private QuestionType sectionType;
    private String sectionSkip;
    private Draft draft;
    private int number;

    private final class Draft {
        final String ref;
        final StringBuilder stem = new StringBuilder();
        final List<String> options = new ArrayList<>();
        final Map<String, String> labelled = new LinkedHashMap<>();
        final Map<String, byte[]> images = new LinkedHashMap<>();
        String lastLabel;

        Draft(String ref) {
            this.ref = ref;
        }

        void append(String text) {
            if (lastLabel != null) {
                labelled.merge(lastLabel, text, (a, b) -> a + "\n" + b);
            } else if (!options.isEmpty()) {
                int last = options.size() - 1;
                options.set(last, options.get(last) + "\n" + text);
            } else {
                stem.append(stem.length() > 0 ? "\n" : "").append(text);
            }
        }
    }

    static InterchangeRead read(byte[] bytes) throws InterchangeException {
        DocxReader reader = new DocxReader();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (XWPFParagraph paragraph : doc.getParagraphs()) {
                reader.paragraph(paragraph);
            }
        } catch (IOException | RuntimeException e) {
            throw new InterchangeException(Reason.CORRUPT, "docx", e);
        }
        reader.finish();
        return new InterchangeRead(InterchangeFormat.DOCX, reader.items, reader.skipped, reader.problems);
    }

    private void paragraph(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        Map<String, byte[]> pictures = new LinkedHashMap<>();
        for (XWPFRun run : paragraph.getRuns()) {
            String t = run.text();
            text.append(t == null ? "" : QtiReader.escapeText(t));
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                var data = picture.getPictureData();
                if (data != null) {
                    String name = "docx-" + (media.size() + pictures.size() + 1) + "." + data.suggestFileExtension();
                    pictures.put(name, data.getData());
                    text.append("<img src=\"").append(name).append("\" alt=\"\"/>");
                }
            }
        }
        media.putAll(pictures);
        String line = text.toString().replace('\u00A0', ' ').strip();
        if (line.isEmpty()) {
            return;
        }
        Matcher heading = HEADING.matcher(line);
        if (heading.matches() && !line.contains("<img")) {
            finish();
            section(heading.group(1).strip());
            return;
        }
        Matcher numbered = NUMBER.matcher(line);
        if (numbered.matches() && startsQuestion(numbered.group(1))) {
            finish();
            number++;
            draft = new Draft(ForeignTypes.ref(number, plain(numbered.group(2))));
            draft.stem.append(numbered.group(2).strip());
            draft.images.putAll(pictures);
            return;
        }
        if (draft == null) {
            return;
        }
        draft.images.putAll(pictures);
        Matcher labelled = LABELLED.matcher(line);
        if (labelled.matches()) {
            String label = canonicalLabel(labelled.group(1));
            draft.labelled.merge(label, labelled.group(2).strip(), (a, b) -> a + "\n" + b);
            draft.lastLabel = label;
            return;
        }
        Matcher option = OPTION.matcher(line);
        if (option.matches() && draft.lastLabel == null) {
            for (String part : NEXT_OPTION.split(line)) {
                Matcher one = OPTION.matcher(part.strip());
                if (one.matches()) {
                    draft.options.add(one.group(2).strip());
                }
            }
            return;
        }
        draft.append(line);
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
        String t = title.replace("题", "").replace("项", "").replace("选择", "选");
        Optional<QuestionType> type = Optional.empty();
        if (t.contains("单选")) {
            type = Optional.of(QuestionType.SINGLE_CHOICE);
        } else if (t.contains("多选") || t.contains("不定")) {
            type = Optional.of(QuestionType.MULTIPLE_CHOICE);
        } else if (t.contains("判断") || t.contains("是非")) {
            type = Optional.of(QuestionType.TRUE_FALSE);
        } else if (t.contains("填空")) {
            type = Optional.of(QuestionType.FILL_BLANK);
        } else if (t.contains("简答") || t.contains("问答") || t.contains("论述")) {
            type = Optional.of(QuestionType.SHORT_ANSWER);
        }
        sectionType = type.orElse(null);
        sectionSkip = type.isPresent() ? null : "题库没有此题型：" + title;
    }

    private void finish() {
        if (draft == null) {
            return;
        }
        Draft d = draft;
        draft = null;
        if (sectionSkip != null) {
            skipped.add(new SkippedItem(d.ref, sectionSkip));
            return;
        }
        String answer = plain(d.labelled.getOrDefault("答案", "")).strip();
        QuestionType type = sectionType != null ? sectionType : guess(d, answer);
        ForeignItem item = build(d, type, answer);
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
                item = item.withPoints(new BigDecimal(points));
            } catch (NumberFormatException e) {
                problems.add(new ItemProblem(d.ref, "分值「" + points + "」不是数字"));
                return;
            }
        }
        items.add(item);
    }

    private static QuestionType guess(Draft d, String answer) {
        if (!d.options.isEmpty()) {
            return letters(answer).size() > 1 ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        }
        if (truth(answer) != null) {
            return QuestionType.TRUE_FALSE;
        }
        if (d.stem.toString().matches("(?s).*(_{2,}|[（(]\\s*[）)]).*")) {
            return QuestionType.FILL_BLANK;
        }
        return QuestionType.SHORT_ANSWER;
    }

    private ForeignItem build(Draft d, QuestionType type, String answer) {
        String stem = d.stem.toString();
        if (answer.isEmpty() && type != QuestionType.SHORT_ANSWER) {
            problems.add(new ItemProblem(d.ref, "缺少「答案：」一行"));
            return null;
        }
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<Integer> correct = new ArrayList<>();
                for (String letter : letters(answer)) {
                    int at = letter.charAt(0) - 'A';
                    if (at >= d.options.size()) {
                        problems.add(new ItemProblem(d.ref, "答案" + letter + "不在选项中"));
                        return null;
                    }
                    correct.add(at);
                }
                if (correct.isEmpty()) {
                    problems.add(new ItemProblem(d.ref, "答案「" + answer + "」不是选项字母"));
                    return null;
                }
                return ForeignItem.choice(
                        d.ref, stripBrackets(stem), d.options, correct, type == QuestionType.MULTIPLE_CHOICE);
            }
            case TRUE_FALSE -> {
                Boolean truth = truth(answer);
                if (truth == null) {
                    problems.add(new ItemProblem(d.ref, "判断题答案「" + answer + "」不是对/错"));
                    return null;
                }
                return ForeignItem.trueFalse(d.ref, stripBrackets(stem), truth);
            }
            case FILL_BLANK -> {
                List<List<String>> blanks = new ArrayList<>();
                for (String blank : answer.split("[；;]")) {
                    List<String> accepted = new ArrayList<>();
                    for (String a : blank.split("[|｜]")) {
                        if (!a.isBlank()) {
                            accepted.add(a.strip());
                        }
                    }
                    if (!accepted.isEmpty()) {
                        blanks.add(accepted);
                    }
                }
                String marked = stem.replaceAll("_{2,}", "____").replaceAll("[（(]\\s*[）)]", "____");
                return ForeignItem.fill(d.ref, marked, blanks, null);
            }
            default -> {
                return ForeignItem.essay(d.ref, stem, d.labelled.getOrDefault("答案", ""));
            }
        }
    }

    private static List<String> letters(String answer) {
        List<String> letters = new ArrayList<>();
        for (char c : answer.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c >= 'A' && c <= 'H' && !letters.contains(String.valueOf(c))) {
                letters.add(String.valueOf(c));
            } else if (!(Character.isWhitespace(c) || c == ',' || c == '，' || c == '、')) {
                return List.of();
            }
        }
        return letters;
    }

    static Boolean truth(String answer) {
        String a = answer.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (a) {
            case "对", "正确", "√", "✓", "T", "TRUE", "是" -> Boolean.TRUE;
            case "错", "错误", "×", "✗", "X", "F", "FALSE", "否" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A choice stem's empty answer brackets "（ ）" are where the letter goes on paper, not content. */
    private static String stripBrackets(String stem) {
        return stem.replaceAll("\\s*[（(]\\s*[）)]\\s*", " ").strip();
    }

    private static String canonicalLabel(String label) {
        return switch (label) {
            case "参考答案", "正确答案" -> "答案";
            case "答案解析" -> "解析";
            case "分数" -> "分值";
            default -> label;
        };
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
