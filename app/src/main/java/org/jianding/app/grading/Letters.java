package org.jianding.app.grading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianding.app.exams.ShownOptions;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.SingleChoice;

/**
 * The option letters of one question as its candidate saw them: marking and the bank speak of options by their
 * bank label, the candidate by the letter on their screen (options may be shuffled per attempt).
 */
record Letters(ShownOptions shown, int position) {

    /** A choice mark's note: 选B，答案C (and, for 多选, the credit rule after "；"). */
    private static final Pattern CHOICE_NOTE = Pattern.compile("^选([A-Z]+|（无）)，答案([A-Z]+)(.*)$", Pattern.DOTALL);

    static Letters bank(int position) {
        return new Letters(ShownOptions.none(), position);
    }

    String of(int part, String bankLabel) {
        return shown.letter(position, part, bankLabel);
    }

    /** Several options as letters, in letter order, joined by {@code separator}. */
    String all(int part, Collection<String> bankLabels, String separator) {
        TreeSet<String> letters = new TreeSet<>();
        bankLabels.forEach(l -> letters.add(of(part, l)));
        return String.join(separator, letters);
    }

    /** A 单选 or 多选 mark's note with the candidate's letters; any other note as it is. */
    String note(int part, String note) {
        if (note == null) {
            return null;
        }
        Matcher m = CHOICE_NOTE.matcher(note);
        if (!m.matches()) {
            return note;
        }
        String chosen = m.group(1).equals("（无）") ? m.group(1) : all(part, chars(m.group(1)), "");
        return "选" + chosen + "，答案" + all(part, chars(m.group(2)), "") + m.group(3);
    }

    /** The options as the candidate saw them: "A. text" in shown order. */
    List<String> options(int part, List<Option> options) {
        List<String> order = shown.labels(position, part);
        List<Option> sorted = new ArrayList<>(options);
        if (order.size() == options.size()) {
            sorted.sort(java.util.Comparator.comparingInt(o -> order.indexOf(o.label())));
        }
        return sorted.stream().map(o -> of(part, o.label()) + ". " + o.text()).toList();
    }

    /** The key of a choice question in the candidate's letters, several joined by {@code separator}. */
    String key(int part, Object body, String separator) {
        if (body instanceof SingleChoice s) {
            return of(part, s.answer());
        } else if (body instanceof MultipleChoice m) {
            return all(part, m.answers(), separator);
        }
        return null;
    }

    private static List<String> chars(String letters) {
        return letters.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }
}
