package org.jianding.app.sittings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jianding.app.exams.Enrollee;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.QuestionType;

/**
 * What a score file of a 纸笔考试 is checked against: the session's paper as printed (item labels are the printed
 * question numbers, counting across the sections in the order the paper prints them) and its enrolled candidates.
 */
record SittingSheet(List<Item> items, List<Enrollee> roster) {

    /**
     * One printed question: its paper position, label (the printed number), type, maximum points on this paper, and
     * the option letters a choice question accepts (empty for the others).
     */
    record Item(int position, String label, QuestionType type, BigDecimal max, Set<String> letters) {

        /** Whether letters may be given instead of points: single and multiple choice, true/false. */
        boolean objective() {
            return type == QuestionType.SINGLE_CHOICE
                    || type == QuestionType.MULTIPLE_CHOICE
                    || type == QuestionType.TRUE_FALSE;
        }
    }

    static SittingSheet of(PaperContent paper, List<Enrollee> roster) {
        Map<QuestionType, List<PaperQuestion>> bySection = new LinkedHashMap<>();
        paper.questions()
                .forEach(q -> bySection
                        .computeIfAbsent(q.section(), t -> new ArrayList<>())
                        .add(q));
        List<Item> items = new ArrayList<>();
        int number = 1;
        for (List<PaperQuestion> section : bySection.values()) {
            for (PaperQuestion q : section) {
                Set<String> letters = new TreeSet<>();
                q.content().options().stream().map(Option::label).forEach(letters::add);
                items.add(new Item(
                        q.position(),
                        String.valueOf(number++),
                        q.content().type(),
                        BigDecimal.valueOf(q.points()).setScale(2),
                        letters));
            }
        }
        return new SittingSheet(List.copyOf(items), List.copyOf(roster));
    }
}
