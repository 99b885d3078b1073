package org.jianding.app.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jianding.app.exams.SubmittedAttempt;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;
import org.jianding.bank.marking.Response;

/**
 * The items of a released result as its candidate sees them when the session shows keys: the question, their own
 * answer in words, the key (the corrected one where an erratum applies) and the explanation.
 */
final class CandidateItems {

    private CandidateItems() {}

    static List<CandidateResult.Item> of(
            PaperContent paper,
            SubmittedAttempt attempt,
            List<ItemResult> marks,
            Map<Long, Erratum> errata,
            org.jianding.app.exams.ShownOptions shown,
            ResultWords w) {
        Map<Integer, ItemResult> byPosition = new HashMap<>();
        marks.forEach(m -> byPosition.put(m.position(), m));
        List<CandidateResult.Item> items = new ArrayList<>();
        for (PaperQuestion q : paper.questions()) {
            Erratum e = errata.get(q.questionId());
            Question content = e != null && e.kind() == ErratumKind.KEY_CORRECTED
                    ? ErratumKeys.corrected(q.content(), e.correctedKey())
                    : q.content();
            ItemResult mark = byPosition.get(q.position());
            String note = e == null ? "" : w.get("results.erratum.note", ItemExplanations.kind(e, w), e.reason());
            Letters letters = new Letters(shown, q.position());
            items.add(new CandidateResult.Item(
                    q.position(),
                    w.type(content.type()),
                    stem(content, letters),
                    letters.options(0, content.options()),
                    answer(
                            content.body(),
                            Responses.parse(content.body(), attempt.answers().get(q.position())),
                            letters,
                            0,
                            w),
                    key(content.body(), letters, 0, w),
                    content.explanation(),
                    mark == null ? null : mark.max(),
                    mark == null ? null : mark.earned(),
                    note));
        }
        return items;
    }

    private static String stem(Question q, Letters letters) {
        if (q.body() instanceof CaseAnalysis ca) {
            StringBuilder text = new StringBuilder(ca.caseText());
            List<SubQuestion> subs = ca.subQuestions();
            for (int i = 0; i < subs.size(); i++) {
                text.append("\n（").append(i + 1).append("）").append(subs.get(i).stem());
                for (String option : letters.options(i + 1, subs.get(i).options())) {
                    text.append("\n").append(option);
                }
            }
            return text.toString();
        }
        return q.stem();
    }

    /** The answer in words, choices by the letters the candidate saw ({@code part} 0: the question itself). */
    static String answer(QuestionBody body, Response r, Letters letters, int part, ResultWords w) {
        if (r == null) {
            return w.get("results.how.note.unanswered");
        } else if (r instanceof Response.Choice c) {
            return letters.of(part, c.label());
        } else if (r instanceof Response.Choices c) {
            return c.labels().isEmpty()
                    ? w.get("results.how.note.unanswered")
                    : letters.all(part, c.labels(), w.get("results.how.and"));
        } else if (r instanceof Response.Truth t) {
            return w.get(t.value() ? "results.how.true" : "results.how.false");
        } else if (r instanceof Response.Blanks b) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < b.texts().size(); i++) {
                texts.add(w.get(
                        "results.how.blank", String.valueOf(i + 1), b.texts().get(i)));
            }
            return String.join(w.get("results.how.then"), texts);
        } else if (r instanceof Response.Essay e) {
            return e.text();
        } else if (r instanceof Response.Parts p && body instanceof CaseAnalysis ca) {
            List<String> parts = new ArrayList<>();
            new TreeMap<>(p.parts())
                    .forEach((no, given) -> parts.add(w.get("results.how.part", String.valueOf(no))
                            + answer(ca.subQuestions().get(no - 1).body(), given, letters, no, w)));
            return parts.isEmpty() ? w.get("results.how.note.unanswered") : String.join("\n", parts);
        }
        return "";
    }

    static String key(QuestionBody body, Letters letters, int part, ResultWords w) {
        if (body instanceof ShortAnswer s) {
            return w.get("results.how.reference", s.referenceAnswer());
        } else if (body instanceof CaseAnalysis ca) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < ca.subQuestions().size(); i++) {
                parts.add(w.get("results.how.part", String.valueOf(i + 1))
                        + key(ca.subQuestions().get(i).body(), letters, i + 1, w));
            }
            return String.join("\n", parts);
        }
        String choice = letters.key(part, body, w.get("results.how.and"));
        if (choice != null) {
            return choice;
        } else if (body instanceof TrueFalse t) {
            return w.get(t.answer() ? "results.how.true" : "results.how.false");
        } else if (body instanceof FillBlank f) {
            List<String> blanks = new ArrayList<>();
            for (int i = 0; i < f.blanks().size(); i++) {
                blanks.add(w.get(
                        "results.how.blank",
                        String.valueOf(i + 1),
                        String.join(" / ", f.blanks().get(i).accepted())));
            }
            return String.join(w.get("results.how.then"), blanks);
        }
        return ErratumKeys.text(body);
    }
}
