package org.jianding.bank.item;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that tie a body to the stem and points around it, shared by questions and sub-questions: blanks match the
 * stem's {@code ____}, a rubric adds up to the points, sub-questions add up to the case's points.
 */
final class StemRules {

    private static final Pattern UNDERSCORES = Pattern.compile("_{2,}");

    private StemRules() {}

    static void check(String stem, QuestionBody body, BigDecimal points, Problems problems) {
        if (body instanceof FillBlank fill) {
            checkBlanks(stem, fill, problems);
        } else if (body instanceof ShortAnswer answer && points != null) {
            BigDecimal total = answer.rubricTotal();
            if (total.compareTo(points) != 0) {
                problems.add("rubric", "评分要点合计" + Points.show(total) + "分，与分值" + Points.show(points) + "分不符");
            }
        } else if (body instanceof CaseAnalysis cases && points != null) {
            BigDecimal total = cases.subQuestionTotal();
            if (total.compareTo(points) != 0) {
                problems.add("points", "小题分值合计" + Points.show(total) + "分，与分值" + Points.show(points) + "分不符");
            }
        }
    }

    /** Counts the blanks of a stem; runs of underscores of another length are reported, not guessed at. */
    static int countBlanks(String stem, Problems problems) {
        int count = 0;
        int runs = 0;
        Matcher run = UNDERSCORES.matcher(stem);
        while (run.find()) {
            runs++;
            int length = run.end() - run.start();
            if (length == FillBlank.BLANK_MARK.length()) {
                count++;
            } else {
                problems.add("stem", "题干中的空格须写作四个下划线「____」，第" + runs + "处写了" + length + "个");
            }
        }
        return count;
    }

    private static void checkBlanks(String stem, FillBlank fill, Problems problems) {
        int count = countBlanks(stem, problems);
        if (count != fill.blanks().size()) {
            problems.add(
                    "blanks", "题干中有" + count + "处空格（____），答案却有" + fill.blanks().size() + "组");
        }
    }
}
