package org.jianding.bank.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GIFT, Moodle's text format: questions separated by blank lines, {@code ::name::}, {@code [format]}, the answers in
 * braces ({@code =right ~wrong}, {@code %50%}, {@code #feedback}, {@code ####general feedback}), {@code T}/{@code F},
 * {@code #number:tolerance} or {@code #min..max}, {@code {}} for an essay, {@code ->} for matching (skipped), and
 * {@code $CATEGORY:} lines. Answers inside the text ("Grant is {…} in Grant's tomb") leave a {@code ____}.
 */
final class GiftReader {

    private static final Pattern NAME = Pattern.compile("^::(.*?)::", Pattern.DOTALL);
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");

    private final List<ForeignItem> items = new ArrayList<>();
    private final List<SkippedItem> skipped = new ArrayList<>();
    private final List<ItemProblem> problems = new ArrayList<>();
    private List<String> category = List.of();
    private int number;

    /** Has at least one question with answers in braces, the mark of GIFT. */
    static boolean looksLike(String text) {
        for (String chunk : chunks(text)) {
            if (chunk.startsWith("$CATEGORY:")) {
                return true;
            }
            if (openBrace(chunk) >= 0 && closeBrace(chunk) > openBrace(chunk)) {
                return true;
            }
        }
        return false;
    }

    static InterchangeRead read(String text) {
        GiftReader reader = new GiftReader();
        for (String chunk : chunks(text)) {
            reader.chunk(chunk);
        }
        return new InterchangeRead(InterchangeFormat.GIFT, reader.items, reader.skipped, reader.problems);
    }

    /** Questions: comment lines dropped, blocks split at blank lines. */
    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.replace("\uFEFF", "").replace("\r\n", "\n").split("\n", -1)) {
            String s = line.strip();
            if (s.startsWith("//")) {
                continue;
            }
            if (s.isEmpty()) {
                flush(current, chunks);
            } else {
                current.append(line).append('\n');
            }
        }
        flush(current, chunks);
        return chunks;
    }

    private static void flush(StringBuilder current, List<String> chunks) {
        if (!current.toString().isBlank()) {
            chunks.add(current.toString().strip());
        }
        current.setLength(0);
    }

    private void chunk(String chunk) {
        if (chunk.startsWith("$CATEGORY:")) {
            String line = chunk.lines().findFirst().orElse("");
            category = MoodleXmlReader.categoryPath(
                    line.substring("$CATEGORY:".length()).strip());
            return;
        }
        number++;
        String rest = chunk;
        String name = "";
        Matcher n = NAME.matcher(rest);
        if (n.find()) {
            name = unescape(n.group(1)).strip();
            rest = rest.substring(n.end()).strip();
        }
        int open = openBrace(rest);
        int close = closeBrace(rest);
        String ref = ForeignTypes.ref(number, name.isEmpty() ? plainStart(rest) : name);
        if (open < 0 || close < open) {
            problems.add(new ItemProblem(ref, "找不到用花括号 {…} 写的答案"));
            return;
        }
        String before = stripFormat(rest.substring(0, open)).strip();
        String after = rest.substring(close + 1).strip();
        String answers = rest.substring(open + 1, close).strip();
        String general = "";
        int generalAt = answers.indexOf("####");
        if (generalAt >= 0) {
            general = unescape(stripFormat(answers.substring(generalAt + 4).strip()));
            answers = answers.substring(0, generalAt).strip();
        }
        boolean inside = !after.isEmpty() && !after.matches("[.;。；\"'”]*");
        String stem = inside ? before + " ____ " + after : before;
        ForeignItem item = answers(ref, unescape(stem).strip(), answers);
        if (item != null) {
            items.add(item.withExplanation(general).withCategory(category));
        }
    }

    private ForeignItem answers(String ref, String stem, String answers) {
        if (answers.isEmpty()) {
            return ForeignItem.essay(ref, stem, "");
        }
        if (answers.startsWith("#")) {
            return numerical(ref, stem, answers.substring(1).strip());
        }
        String head = answers.split("#", 2)[0].strip();
        if (head.matches("(?i)T|TRUE|F|FALSE")) {
            return ForeignItem.trueFalse(
                    ref, stem, head.toUpperCase(java.util.Locale.ROOT).startsWith("T"));
        }
        List<String[]> entries = entries(answers);
        if (entries.stream().anyMatch(e -> e[1].contains("->"))) {
            skipped.add(new SkippedItem(ref, ForeignTypes.skipReason("matching")));
            return null;
        }
        boolean anyTilde = entries.stream().anyMatch(e -> e[0].equals("~"));
        List<String> texts = new ArrayList<>();
        List<Integer> correct = new ArrayList<>();
        boolean hasEquals = false;
        for (String[] e : entries) {
            String body = stripFeedback(e[1]);
            Matcher w = WEIGHT.matcher(body);
            double weight = e[0].equals("=") ? 100 : 0;
            if (w.find()) {
                weight = Double.parseDouble(w.group(1));
                body = body.substring(w.end());
            }
            hasEquals |= e[0].equals("=");
            boolean right = anyTilde ? weight > 0 : weight >= 99.99;
            if (right) {
                correct.add(texts.size());
            }
            texts.add(unescape(stripFormat(body.strip())).strip());
        }
        if (!anyTilde) {
            List<String> accepted =
                    correct.stream().map(texts::get).filter(t -> !t.equals("*")).toList();
            if (accepted.isEmpty()) {
                problems.add(new ItemProblem(ref, "填空题没有得满分的答案"));
                return null;
            }
            return ForeignItem.fill(ref, stem, List.of(accepted), null);
        }
        if (correct.isEmpty()) {
            problems.add(new ItemProblem(ref, "没有标为正确（= 或正分值）的选项"));
            return null;
        }
        boolean multiple = !hasEquals;
        if (hasEquals) {
            correct = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i)[0].equals("=")) {
                    correct.add(i);
                }
            }
        }
        return ForeignItem.choice(ref, stem, texts, correct, multiple);
    }

    private ForeignItem numerical(String ref, String stem, String spec) {
        String chosen = spec;
        if (spec.startsWith("=") || spec.contains("\n=")) {
            chosen = null;
            for (String[] e : entries(spec)) {
                String body = stripFeedback(e[1]).strip();
                Matcher w = WEIGHT.matcher(body);
                if (e[0].equals("=") && (!w.find() || Double.parseDouble(w.group(1)) >= 99.99)) {
                    chosen = body.replaceFirst("^%100%", "");
                    break;
                }
            }
        } else {
            chosen = stripFeedback(spec.split("(?<!\\\\)~", 2)[0]);
        }
        if (chosen == null) {
            problems.add(new ItemProblem(ref, "数值题没有得满分的答案"));
            return null;
        }
        chosen = chosen.strip();
        try {
            BigDecimal value;
            BigDecimal tolerance = null;
            if (chosen.contains("..")) {
                String[] range = chosen.split("\\.\\.", 2);
                BigDecimal min = new BigDecimal(range[0].strip());
                BigDecimal max = new BigDecimal(range[1].strip());
                value = min.add(max).divide(BigDecimal.valueOf(2));
                tolerance = max.subtract(min).divide(BigDecimal.valueOf(2));
            } else {
                String[] parts = chosen.split(":", 2);
                value = new BigDecimal(parts[0].strip());
                if (parts.length > 1) {
                    tolerance = new BigDecimal(parts[1].strip());
                }
            }
            tolerance = tolerance == null || tolerance.signum() == 0 ? null : tolerance.stripTrailingZeros();
            return ForeignItem.fill(
                    ref, stem, List.of(List.of(value.stripTrailingZeros().toPlainString())), tolerance);
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(new ItemProblem(ref, "数值答案「" + chosen + "」不是数字"));
            return null;
        }
    }

    /** The answers, each as {marker, text}, split at unescaped = and ~. */
    private static List<String[]> entries(String answers) {
        List<String[]> entries = new ArrayList<>();
        StringBuilder current = null;
        String marker = null;
        for (int i = 0; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c == '\\' && i + 1 < answers.length()) {
                if (current != null) {
                    current.append(c).append(answers.charAt(i + 1));
                }
                i++;
                continue;
            }
            if ((c == '=' || c == '~')) {
                if (current != null) {
                    entries.add(new String[] {marker, current.toString()});
                }
                marker = String.valueOf(c);
                current = new StringBuilder();
            } else if (current != null) {
                current.append(c);
            }
        }
        if (current != null) {
            entries.add(new String[] {marker, current.toString()});
        }
        return entries;
    }

    private static String stripFeedback(String text) {
        int hash = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '#') {
                hash = i;
                break;
            }
        }
        return hash >= 0 ? text.substring(0, hash) : text;
    }

    private static String stripFormat(String text) {
        Matcher f = FORMAT.matcher(text.strip());
        return f.find() ? text.strip().substring(f.end()) : text;
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "~=#{}:\\n".indexOf(text.charAt(i + 1)) >= 0) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int openBrace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '{') {
                return i;
            }
        }
        return -1;
    }

    private static int closeBrace(String text) {
        int found = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '}') {
                found = i;
            }
        }
        return found;
    }

    private static String plainStart(String text) {
        int open = openBrace(text);
        return stripFormat(open >= 0 ? text.substring(0, open) : text).strip();
    }
}
