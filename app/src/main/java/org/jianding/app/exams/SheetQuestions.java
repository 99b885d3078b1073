package org.jianding.app.exams;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SubQuestion;

/**
 * A paper's questions as one candidate sees them: questions shuffled within their section and options shuffled,
 * each from the attempt's own seed, so a resumed attempt shows exactly the same order. Copies stems, option texts
 * and blank counts only; never a key.
 */
final class SheetQuestions {

    private SheetQuestions() {}

    static List<ExamSheet.Question> of(
            PaperContent paper, boolean shuffleQuestions, boolean shuffleOptions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<QuestionType, List<PaperQuestion>> sections = new LinkedHashMap<>();
        paper.questions()
                .forEach(q -> sections.computeIfAbsent(q.section(), s -> new ArrayList<>())
                        .add(q));
        List<ExamSheet.Question> shown = new ArrayList<>();
        for (List<PaperQuestion> section : sections.values()) {
            List<PaperQuestion> order = new ArrayList<>(section);
            if (shuffleQuestions) {
                shuffle(order, random);
            }
            for (PaperQuestion q : order) {
                QuestionBody body = q.content().body();
                List<ExamSheet.Question> parts = new ArrayList<>();
                if (body instanceof CaseAnalysis ca) {
                    List<SubQuestion> subs = ca.subQuestions();
                    for (int i = 0; i < subs.size(); i++) {
                        SubQuestion s = subs.get(i);
                        parts.add(new ExamSheet.Question(
                                i + 1,
                                0,
                                s.type(),
                                s.points().intValue(),
                                s.stem(),
                                choices(s.options(), shuffleOptions, random),
                                blanks(s.body()),
                                null,
                                List.of()));
                    }
                }
                shown.add(new ExamSheet.Question(
                        shown.size() + 1,
                        q.position(),
                        q.section(),
                        q.points(),
                        q.content().stem(),
                        choices(q.content().options(), shuffleOptions, random),
                        blanks(body),
                        body instanceof CaseAnalysis ca ? ca.caseText() : null,
                        parts));
            }
        }
        return shown;
    }

    private static List<ExamSheet.Choice> choices(List<Option> options, boolean shuffle, SplittableRandom random) {
        List<ExamSheet.Choice> choices = new ArrayList<>();
        options.forEach(o -> choices.add(new ExamSheet.Choice(o.label(), o.text())));
        if (shuffle) {
            shuffle(choices, random);
        }
        return choices;
    }

    private static int blanks(QuestionBody body) {
        return body instanceof FillBlank f ? f.blanks().size() : 0;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
