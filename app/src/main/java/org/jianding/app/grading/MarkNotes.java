package org.jianding.app.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marking notes stored with each item mark are written in Chinese by the marker, the erratum rescoring, the
 * paper-sitting import and the grading rounds. For a reader of another language each known form is put into their
 * words ({@code results.how.note.*}); a note of no known form (a grader's own words) is shown as it was written.
 */
final class MarkNotes {

    private static final Pattern CHOICE = Pattern.compile("^选([A-Z]+|（无）|\\?)，答案([A-Z]+)(?:；(.*))?$", Pattern.DOTALL);
    private static final Pattern TRUTH = Pattern.compile("^判(对|错|\\?)，答案(对|错)$");
    private static final Pattern BLANKS = Pattern.compile("^空\\d+[对错](，空\\d+[对错])*$");
    private static final Pattern BLANK = Pattern.compile("空(\\d+)([对错])");
    private static final Pattern VOID_REMOVED = Pattern.compile("^勘误：本题作废，不计分也不计入满分（原(.+)分）$");
    private static final Pattern CORRECTED = Pattern.compile("^按勘误后的答案评分：(.*)$", Pattern.DOTALL);
    private static final Pattern SINGLE = Pattern.compile("^阅卷评分 (\\S+)（评分标准 (\\S+) 分，本题卷面 (\\S+) 分）$");
    private static final Pattern PAIR =
            Pattern.compile("^双评 (\\S+)、(\\S+)（评分标准 (\\S+) 分，本题卷面 (\\S+) 分），折合卷面 (\\S+)、(\\S+)，(.*)$");
    private static final Pattern MEAN = Pattern.compile("^取平均 (\\S+)$");
    private static final Pattern ARBITRATED = Pattern.compile("^相差超过容差 (\\S+)，仲裁 (\\S+)，折合卷面 (\\S+)$");
    private static final Pattern FRACTION = Pattern.compile("^全对得满分；少选且无错选得(\\S+)%；有错选不得分$");

    private MarkNotes() {}

    /** The note in the reader's words; null stays null. */
    static String words(String note, ResultWords w) {
        if (note == null || w.chinese()) {
            return note;
        }
        String n = note.strip();
        Matcher m;
        if (n.equals("未作答")) {
            return w.get("results.how.note.unanswered");
        } else if (n.equals("待人工评分")) {
            return w.get("results.how.note.awaiting");
        } else if (n.equals("勘误：本题作废，全员得满分")) {
            return w.get("results.how.note.voidFull");
        } else if ((m = VOID_REMOVED.matcher(n)).matches()) {
            return w.get("results.how.note.voidRemoved", m.group(1));
        } else if ((m = CORRECTED.matcher(n)).matches()) {
            return w.get("results.how.byCorrectedKey") + words(m.group(1), w);
        } else if (n.startsWith("纸笔考试导入的得分")) {
            return w.get(n.contains("答案勘误") ? "results.how.note.paperErrata" : "results.how.note.paper");
        } else if ((m = CHOICE.matcher(n)).matches()) {
            String chosen = m.group(1).equals("（无）") ? w.get("results.how.note.none") : m.group(1);
            String line = w.get("results.how.note.choice", chosen, m.group(2));
            return m.group(3) == null ? line : line + w.get("results.how.then") + credit(m.group(3), w);
        } else if ((m = TRUTH.matcher(n)).matches()) {
            return w.get("results.how.note.truth", truth(m.group(1), w), truth(m.group(2), w));
        } else if (BLANKS.matcher(n).matches()) {
            List<String> out = new ArrayList<>();
            Matcher b = BLANK.matcher(n);
            while (b.find()) {
                out.add(w.get(
                        b.group(2).equals("对") ? "results.how.note.blankRight" : "results.how.note.blankWrong",
                        b.group(1)));
            }
            return String.join(", ", out);
        } else if ((m = SINGLE.matcher(n)).matches()) {
            return w.get("results.how.note.graded", m.group(1), m.group(2), m.group(3));
        } else if ((m = PAIR.matcher(n)).matches()) {
            String pair = w.get(
                    "results.how.note.pair", m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
            Matcher end;
            if ((end = MEAN.matcher(m.group(7))).matches()) {
                return pair + w.get("results.how.note.mean", end.group(1));
            } else if ((end = ARBITRATED.matcher(m.group(7))).matches()) {
                return pair + w.get("results.how.note.arbitrated", end.group(1), end.group(2), end.group(3));
            }
        }
        return note;
    }

    /** A 多选 credit rule as {@code ChoiceCredit.describe()} writes it. */
    static String credit(String rule, ResultWords w) {
        if (w.chinese()) {
            return rule;
        }
        Matcher m = FRACTION.matcher(rule.strip());
        if (m.matches()) {
            return w.get("results.how.credit.fraction", m.group(1));
        } else if (rule.contains("按选对个数比例")) {
            return w.get("results.how.credit.proportional");
        } else if (rule.startsWith("全对得分")) {
            return w.get("results.how.credit.allOrNothing");
        }
        return rule;
    }

    private static String truth(String word, ResultWords w) {
        return switch (word) {
            case "对" -> w.get("results.how.true");
            case "错" -> w.get("results.how.false");
            default -> "?";
        };
    }
}
