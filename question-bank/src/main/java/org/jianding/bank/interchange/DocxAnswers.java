package org.jianding.bank.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianding.bank.item.QuestionType;

/** A Word question's key read from its 答案 and built into an item of its type; what is wrong is a problem. */
final class DocxAnswers {

    private static final Pattern STEM_KEY =
            Pattern.compile("[（(]\\s*([A-H](?:\\s*[,，、]?\\s*[A-H])*|√|×|✓|✗|✔|✘|对|错)\\s*[）)]");

    private DocxAnswers() {}

    /**
     * The key written into the stem's brackets, as question books print it ({@code 宽带属于（ A ）。}), taken out of
     * the stem; empty when there is none.
     */
    static String fromStemBrackets(DocxDraft d) {
        String stem = d.stem.toString();
        Matcher m = STEM_KEY.matcher(stem);
        String found = null;
        int start = -1;
        int end = -1;
        while (m.find()) {
            found = m.group(1);
            start = m.start();
            end = m.end();
        }
        boolean letters = found != null && found.matches("[A-H ,，、]+");
        if (found == null || (letters && d.options.isEmpty()) || (!letters && !d.options.isEmpty())) {
            return "";
        }
        d.stem.setLength(0);
        d.stem.append(stem, 0, start).append("（ ）").append(stem.substring(end));
        return found;
    }

    static ForeignItem build(DocxDraft d, QuestionType type, String answer, List<ItemProblem> problems) {
        String stem = d.stem.toString();
        if (answer.isEmpty() && type != QuestionType.SHORT_ANSWER) {
            problems.add(new ItemProblem(d.ref, "缺少「答案：」一行"));
            return null;
        }
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                return choice(d, type, answer, problems);
            }
            case TRUE_FALSE -> {
                Boolean truth = DocxReader.truth(answer);
                if (truth == null) {
                    problems.add(new ItemProblem(d.ref, "判断题答案「" + answer + "」不是对/错"));
                    return null;
                }
                return ForeignItem.trueFalse(d.ref, stripBrackets(stem), truth);
            }
            case FILL_BLANK -> {
                return ForeignItem.fill(d.ref, blanksMarked(stem), blanks(answer, d.bracketed), null);
            }
            default -> {
                return ForeignItem.essay(d.ref, stem, d.labelled.getOrDefault("答案", ""));
            }
        }
    }

    private static ForeignItem choice(DocxDraft d, QuestionType type, String answer, List<ItemProblem> problems) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < d.options.size(); i++) {
            if (!d.options.containsKey(i)) {
                problems.add(new ItemProblem(d.ref, "缺少选项" + (char) ('A' + i)));
                return null;
            }
            options.add(d.options.get(i));
        }
        List<Integer> correct = new ArrayList<>();
        for (String letter : letters(answer)) {
            int at = letter.charAt(0) - 'A';
            if (at >= options.size()) {
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
                d.ref, stripBrackets(d.stem.toString()), options, correct, type == QuestionType.MULTIPLE_CHOICE);
    }

    /**
     * One blank per {@code ；} or line; a blank's accepted answers separated by {@code |}, and in the tagged layout
     * (one 答案 block per blank) by spaces.
     */
    private static List<List<String>> blanks(String answer, boolean bracketed) {
        List<List<String>> blanks = new ArrayList<>();
        for (String blank : answer.split("[；;\\n]")) {
            List<String> accepted = new ArrayList<>();
            for (String a : blank.split(bracketed ? "[|｜\\s]+" : "[|｜]")) {
                if (!a.isBlank()) {
                    accepted.add(a.strip());
                }
            }
            if (!accepted.isEmpty()) {
                blanks.add(accepted);
            }
        }
        return blanks;
    }

    private static String blanksMarked(String stem) {
        return stem.replaceAll("_{2,}", "____").replaceAll("[（(]\\s*[）)]", "____");
    }

    static List<String> letters(String answer) {
        List<String> letters = new ArrayList<>();
        for (char c : answer.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c >= 'Ａ' && c <= 'Ｈ') {
                c = (char) (c - 0xFEE0);
            }
            if (c >= 'A' && c <= 'H' && !letters.contains(String.valueOf(c))) {
                letters.add(String.valueOf(c));
            } else if (!(Character.isWhitespace(c) || c == ',' || c == '，' || c == '、')) {
                return List.of();
            }
        }
        return letters;
    }

    /** A choice stem's empty answer brackets "（ ）" are where the letter goes on paper, not content. */
    private static String stripBrackets(String stem) {
        return stem.replaceAll("\\s*[（(]\\s*[）)]\\s*", " ").strip();
    }
}
