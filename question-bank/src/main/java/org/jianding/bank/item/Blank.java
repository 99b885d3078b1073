package org.jianding.bank.item;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The accepted answers for one blank of a fill-in question. Several spellings are common (dates, abbreviations),
 * and marking must not fail a candidate for writing {@code 2022-12-01} instead of {@code 2022年12月1日}.
 */
public record Blank(List<String> accepted) {

    public Blank {
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
        problems.throwIfAny();
    }

    public static Blank of(String... accepted) {
        return new Blank(List.of(accepted));
    }
}
