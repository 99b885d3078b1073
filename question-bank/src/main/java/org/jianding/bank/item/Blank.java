package org.jianding.bank.item;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The accepted answers for one blank of a fill-in question. Several spellings are common (dates, abbreviations),
 * and marking must not fail a candidate for writing {@code 2022-12-01} instead of {@code 2022年12月1日}. How a
 * candidate's text is compared with them is the blank's own {@link BlankMatching} ({@link BlankMatching#DEFAULT}
 * unless the author switched a normalisation off or set a numeric tolerance).
 */
public record Blank(List<String> accepted, BlankMatching matching) {

    /** A blank matched the default way. */
    public Blank(List<String> accepted) {
        this(accepted, BlankMatching.DEFAULT);
    }

    public Blank {
        matching = matching == null ? BlankMatching.DEFAULT : matching;
        Problems problems = new Problems();
        accepted = problems.list(accepted, "accepted", "备选答案").stream()
                .map(String::strip)
                .toList();
        if (accepted.isEmpty()) {
            problems.add("accepted", "每个空至少要有一个答案");
        }
        Set<String> seen = new HashSet<>();
        for (String answer : accepted) {
            if (answer.isEmpty()) {
                problems.add("accepted", "备选答案不能为空");
            } else if (answer.contains("|") || answer.contains("\n")) {
                problems.add("accepted", "备选答案「" + answer + "」不能含“|”或换行");
            } else if (!seen.add(answer)) {
                problems.add("accepted", "备选答案「" + answer + "」重复");
            }
        }
        if (matching.tolerance() != null
                && !accepted.isEmpty()
                && accepted.stream().noneMatch(BlankMatching::isNumeric)) {
            problems.add("matching.tolerance", "数值误差只用于数字答案，本空的备选答案中没有数字");
        }
        problems.throwIfAny();
    }

    public static Blank of(String... accepted) {
        return new Blank(List.of(accepted));
    }

    /** This blank with other matching rules. */
    public Blank withMatching(BlankMatching rules) {
        return new Blank(accepted, rules);
    }
}
