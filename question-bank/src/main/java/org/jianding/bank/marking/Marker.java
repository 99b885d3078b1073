package org.jianding.bank.marking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.Spaces;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;

/**
 * Marks one response against one question. Deterministic and free of side effects, so marking the same attempt
 * twice gives the same marks. Points on the paper may differ from the bank's points; a case's parts share the
 * paper points in proportion to their bank points. Results are in points with two decimals, rounded half-up.
 */
public final class Marker {

    private Marker() {}

    /**
     * @param questionId the question's id, carried into the mark
     * @param question the question at the version the paper pins
     * @param points the points the item carries on this paper
     * @param response what the candidate answered, or null
     */
    public static ItemMark mark(
            String questionId, Question question, BigDecimal points, Response response, MarkingPolicy policy) {
        BigDecimal max = points.setScale(2, RoundingMode.HALF_UP);
        QuestionBody body = question.body();
        if (body instanceof CaseAnalysis ca) {
            List<SubQuestion> subs = ca.subQuestions();
            BigDecimal ownTotal = BigDecimal.ZERO;
            for (SubQuestion s : subs) {
                ownTotal = ownTotal.add(s.points());
            }
            List<ItemMark.Part> parts = new ArrayList<>();
            BigDecimal allotted = BigDecimal.ZERO;
            for (int i = 0; i < subs.size(); i++) {
                SubQuestion s = subs.get(i);
                BigDecimal share = i == subs.size() - 1
                        ? max.subtract(allotted)
                        : max.multiply(s.points()).divide(ownTotal, 2, RoundingMode.HALF_UP);
                allotted = allotted.add(share);
                Response part = response instanceof Response.Parts p ? p.parts().get(i + 1) : null;
                parts.add(part(i + 1, s.body(), s.points(), share, part, policy));
            }
            return new ItemMark(questionId, max, parts);
        }
        return new ItemMark(questionId, max, List.of(part(0, body, question.points(), max, response, policy)));
    }

    private static ItemMark.Part part(
            int no, QuestionBody body, BigDecimal ownMax, BigDecimal max, Response response, MarkingPolicy policy) {
        if (body instanceof ShortAnswer) {
            boolean empty = response == null
                    || (response instanceof Response.Essay e
                            && Spaces.normalise(e.text()).isEmpty());
            return empty
                    ? new ItemMark.Part(no, max, ownMax, zero(), true, "未作答")
                    : new ItemMark.Part(no, max, ownMax, null, false, "待人工评分");
        }
        if (response == null) {
            return new ItemMark.Part(no, max, ownMax, zero(), true, "未作答");
        }
        if (body instanceof SingleChoice s) {
            boolean right = response instanceof Response.Choice c && c.label().equals(s.answer());
            String given = response instanceof Response.Choice c ? c.label() : "?";
            return auto(no, max, ownMax, right ? max : zero(), "选" + given + "，答案" + s.answer());
        } else if (body instanceof TrueFalse t) {
            boolean right = response instanceof Response.Truth v && v.value() == t.answer();
            String given = response instanceof Response.Truth v ? (v.value() ? "对" : "错") : "?";
            return auto(no, max, ownMax, right ? max : zero(), "判" + given + "，答案" + (t.answer() ? "对" : "错"));
        } else if (body instanceof MultipleChoice m) {
            Set<String> chosen = response instanceof Response.Choices c ? c.labels() : Set.of();
            return multiple(no, max, ownMax, new TreeSet<>(m.answers()), chosen, policy.multipleChoice());
        } else if (body instanceof FillBlank f) {
            List<String> texts = response instanceof Response.Blanks b ? b.texts() : List.of();
            return blanks(no, max, ownMax, f.blanks(), texts);
        }
        throw new IllegalArgumentException("cannot mark " + body.type());
    }

    private static ItemMark.Part multiple(
            int no, BigDecimal max, BigDecimal ownMax, Set<String> key, Set<String> chosen, ChoiceCredit credit) {
        String note = "选" + (chosen.isEmpty() ? "（无）" : String.join("", new TreeSet<>(chosen))) + "，答案"
                + String.join("", key) + "；" + credit.describe();
        if (chosen.isEmpty()) {
            return auto(no, max, ownMax, zero(), note);
        }
        if (!key.containsAll(chosen)) {
            return auto(no, max, ownMax, zero(), note);
        }
        if (chosen.size() == key.size()) {
            return auto(no, max, ownMax, max, note);
        }
        BigDecimal earned;
        if (credit.mode() == ChoiceCredit.Mode.SUBSET_FRACTION) {
            earned = max.multiply(credit.fraction()).setScale(2, RoundingMode.HALF_UP);
        } else if (credit.mode() == ChoiceCredit.Mode.SUBSET_PROPORTIONAL) {
            earned = max.multiply(BigDecimal.valueOf(chosen.size()))
                    .divide(BigDecimal.valueOf(key.size()), 2, RoundingMode.HALF_UP);
        } else {
            earned = zero();
        }
        return auto(no, max, ownMax, earned, note);
    }

    /** Each blank under its own matching rules (normalisations, numeric tolerance). */
    private static ItemMark.Part blanks(
            int no, BigDecimal max, BigDecimal ownMax, List<Blank> blanks, List<String> texts) {
        int right = 0;
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < blanks.size(); i++) {
            String given = i < texts.size() ? texts.get(i) : "";
            BlankMatching matching = blanks.get(i).matching();
            boolean ok = blanks.get(i).accepted().stream().anyMatch(a -> matching.matches(given, a));
            if (ok) {
                right++;
            }
            notes.add("空" + (i + 1) + (ok ? "对" : "错"));
        }
        // each blank carries an equal share; the last share takes the rounding remainder
        BigDecimal earned = right == blanks.size()
                ? max
                : max.multiply(BigDecimal.valueOf(right))
                        .divide(BigDecimal.valueOf(blanks.size()), 2, RoundingMode.HALF_UP);
        return auto(no, max, ownMax, earned, String.join("，", notes));
    }

    private static ItemMark.Part auto(int no, BigDecimal max, BigDecimal ownMax, BigDecimal earned, String note) {
        return new ItemMark.Part(no, max, ownMax, earned.setScale(2, RoundingMode.HALF_UP), true, note);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
