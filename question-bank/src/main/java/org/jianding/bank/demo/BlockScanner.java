package org.jianding.bank.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianding.bank.item.QuestionType;

/**
 * First pass over a bank file: sorts lines into the header, question blocks and their entries, folding
 * continuation lines in. It knows the shape of lines, not the meaning of keys; {@link BlockReader} does that.
 */
final class BlockScanner {

    static final String QUESTION_MARK = "===";
    static final String SUB_QUESTION_MARK = "---";
    static final String CONTINUATION = "  ";

    private static final Pattern HEADER = Pattern.compile("#\\s*知识点\\s+(\\S+)(?:\\s+.*)?");
    private static final Pattern OPTION = Pattern.compile("([A-Za-z])[.．]\\s*(.*)");
    private static final Pattern RUBRIC_LINE = Pattern.compile("-\\s*(\\d+(?:\\.\\d+)?)分\\s*(.*)");

    /** What the scan found; {@code code} is {@code null} when the header is missing. */
    record Scan(String code, int headerLine, List<Block> blocks, List<LineProblem> problems) {}

    private final String file;
    private final List<Block> blocks = new ArrayList<>();
    private final List<LineProblem> problems = new ArrayList<>();
    private String code;
    private int headerLine = 1;
    private Block question;
    private Block current;
    private Entry entry;
    private boolean inRubric;

    private BlockScanner(String file) {
        this.file = file;
    }

    static Scan scan(String file, List<String> lines) {
        BlockScanner scanner = new BlockScanner(file);
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = i == 0 ? lines.get(0).replace("\uFEFF", "") : lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (scanner.header(text, i + 1)) {
                    continue;
                }
            }
            scanner.line(text, i + 1);
        }
        if (!headerSeen) {
            scanner.problem(1, "文件是空的，须以「# 知识点 <代码> <名称>」开头");
        }
        return new Scan(scanner.code, scanner.headerLine, scanner.blocks, scanner.problems);
    }

    private boolean header(String text, int line) {
        Matcher header = HEADER.matcher(text.strip());
        if (header.matches()) {
            code = header.group(1);
            headerLine = line;
            return true;
        }
        problem(line, "文件须以「# 知识点 <代码> <名称>」开头");
        return false;
    }

    private void line(String text, int line) {
        if (text.startsWith(CONTINUATION)) {
            continuation(text.substring(CONTINUATION.length()).stripTrailing(), line);
        } else if (Character.isWhitespace(text.charAt(0))) {
            damage(line, "续行须以两个空格缩进");
        } else if (text.startsWith(QUESTION_MARK)) {
            startQuestion(text.substring(QUESTION_MARK.length()).strip(), line);
        } else if (text.startsWith(SUB_QUESTION_MARK)) {
            startSubQuestion(text.substring(SUB_QUESTION_MARK.length()).strip(), line);
        } else if (text.startsWith("#")) {
            damage(line, "只有文件的第一行可以是「# 知识点 …」，其他行不能以#开头");
        } else if (current == null) {
            problem(line, "内容须写在「=== 题型」之后");
        } else {
            entry(text.stripTrailing(), line);
        }
    }

    private void continuation(String text, int line) {
        if (entry == null) {
            damage(line, "续行（两个空格缩进）前面没有可接续的字段");
        } else {
            entry.continueWith(text);
        }
    }

    private void startQuestion(String typeName, int line) {
        QuestionType type = QuestionType.parse(typeName).orElse(null);
        if (type == null) {
            problem(line, "未知的题型「" + typeName + "」，应为单选、多选、判断、填空、简答或案例分析");
        }
        question = new Block(type, line, false);
        blocks.add(question);
        enter(question);
    }

    private void startSubQuestion(String typeName, int line) {
        QuestionType type = QuestionType.parse(typeName).orElse(null);
        if (question == null || question.type != QuestionType.CASE_ANALYSIS) {
            if (question == null || !question.ignored()) {
                problem(line, "小题（--- 题型）只能跟在案例分析题之后");
            }
            type = null;
        } else if (type == null) {
            problem(line, "未知的小题题型「" + typeName + "」，应为单选、多选、判断、填空或简答");
        } else if (type == QuestionType.CASE_ANALYSIS) {
            problem(line, "案例分析的小题不能再是案例分析题");
            type = null;
        }
        Block sub = new Block(type, line, true);
        if (question != null) {
            question.subQuestions.add(sub);
        }
        enter(sub);
    }

    private void enter(Block block) {
        current = block;
        entry = null;
        inRubric = false;
    }

    private void entry(String text, int line) {
        Matcher option = OPTION.matcher(text);
        if (option.matches()) {
            inRubric = false;
            add(current.options, new Entry(Entry.Kind.OPTION, option.group(1), option.group(2), line));
        } else if (text.startsWith("-")) {
            rubricLine(text, line);
        } else {
            field(text, line);
        }
    }

    private void rubricLine(String text, int line) {
        Matcher rubric = RUBRIC_LINE.matcher(text);
        if (!inRubric) {
            damage(line, "评分要点行（- 2分 …）须紧跟在「评分要点:」之后");
            entry = null;
        } else if (!rubric.matches()) {
            damage(line, "评分要点行须写作「- 2分 说明」");
            entry = null;
        } else {
            add(current.rubric, new Entry(Entry.Kind.RUBRIC, rubric.group(1), rubric.group(2), line));
        }
    }

    private void field(String text, int line) {
        int colon = firstColon(text);
        if (colon <= 0) {
            damage(line, "无法识别的行：应为「键: 值」、选项「A. …」或评分要点「- 2分 …」");
            entry = null;
            return;
        }
        String key = text.substring(0, colon).strip();
        current.field(key).ifPresent(earlier -> damage(line, "重复的键「" + key + "」，第" + earlier.line() + "行已写过"));
        inRubric = key.equals(Keys.RUBRIC);
        add(
                current.fields,
                new Entry(Entry.Kind.FIELD, key, text.substring(colon + 1).strip(), line));
    }

    private void add(List<Entry> entries, Entry added) {
        entries.add(added);
        entry = added;
    }

    private static int firstColon(String text) {
        int ascii = text.indexOf(':');
        int wide = text.indexOf('：');
        if (ascii < 0 || wide < 0) {
            return Math.max(ascii, wide);
        }
        return Math.min(ascii, wide);
    }

    /** A problem inside a block: the block is not built, lest a dropped line lead to a misleading rule error. */
    private void damage(int line, String message) {
        problem(line, message);
        if (current != null) {
            current.damaged = true;
        }
        if (question != null) {
            question.damaged = true;
        }
    }

    private void problem(int line, String message) {
        problems.add(new LineProblem(file, line, message));
    }
}
