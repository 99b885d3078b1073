package org.jianding.bank.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's cloze text ({@code {1:SHORTANSWER:=Paris#Right~%50%Lyon}}). When every gap is a short answer or a number
 * it is a 填空 of the bank, each gap a blank with its full-credit answers; a cloze that mixes in choices or other
 * sub-types is skipped.
 */
final class ClozeText {

    private static final Pattern GAP = Pattern.compile("\\{(\\d*):([A-Z_]+):(.*?)(?<!\\\\)}", Pattern.DOTALL);
    private static final Set<String> TEXT_GAPS =
            Set.of("SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC", "NUMERICAL", "NM");

    private ClozeText() {}

    static ForeignItem read(String ref, String text, List<SkippedItem> skipped, List<ItemProblem> problems) {
        Matcher gap = GAP.matcher(text);
        StringBuilder stem = new StringBuilder();
        List<List<String>> blanks = new ArrayList<>();
        int last = 0;
        while (gap.find()) {
            if (!TEXT_GAPS.contains(gap.group(2))) {
                skipped.add(new SkippedItem(ref, ForeignTypes.skipReason("cloze")));
                return null;
            }
            List<String> accepted = new ArrayList<>();
            for (String answer : gap.group(3).split("(?<!\\\\)~")) {
                String a = answer.strip();
                int hash = a.indexOf('#');
                a = hash >= 0 ? a.substring(0, hash) : a;
                boolean full = a.startsWith("=") || a.startsWith("%100%");
                a = a.replaceFirst("^(=|%-?\\d+(\\.\\d+)?%)", "")
                        .strip()
                        .replace("\\}", "}")
                        .replace("\\~", "~");
                int colon = a.indexOf(':');
                if (gap.group(2).startsWith("N") && colon > 0) {
                    a = a.substring(0, colon);
                }
                if (full && !a.isEmpty() && !a.equals("*")) {
                    accepted.add(a);
                }
            }
            if (accepted.isEmpty()) {
                problems.add(new ItemProblem(ref, "第" + (blanks.size() + 1) + "空没有得满分的答案"));
                return null;
            }
            blanks.add(accepted);
            stem.append(text, last, gap.start()).append("____");
            last = gap.end();
        }
        if (blanks.isEmpty()) {
            problems.add(new ItemProblem(ref, "完形填空中没有空"));
            return null;
        }
        stem.append(text.substring(last));
        return ForeignItem.fill(ref, stem.toString(), blanks, null);
    }
}
