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
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.marking.Response;

/**
 * The items of a released result as its candidate sees them when the session shows keys: the question, their own
 * answer in words, the key (the corrected one where an erratum applies) and the explanation.
 */
final class CandidateItems {

    private CandidateItems() {}

    static List<CandidateResult.Item> of(
            PaperContent paper, SubmittedAttempt attempt, List<ItemResult> marks, Map<Long, Erratum> errata) {
        Map<Integer, ItemResult> byPosition = new HashMap<>();
        marks.forEach(m -> byPosition.put(m.position(), m));
        List<CandidateResult.Item> items = new ArrayList<>();
        for (PaperQuestion q : paper.questions()) {
            Erratum e = errata.get(q.questionId());
            Question content = e != null && e.kind() == ErratumKind.KEY_CORRECTED
                    ? ErratumKeys.corrected(q.content(), e.correctedKey())
                    : q.content();
            ItemResult mark = byPosition.get(q.position());
            String note = e == null ? "" : "答案勘误：" + Errata.kindText(e) + "（" + e.reason() + "）";
            items.add(new CandidateResult.Item(
                    q.position(),
                    content.type().chineseName(),
                    stem(content),
                    options(content.options()),
                    answer(
                            content.body(),
                            Responses.parse(content.body(), attempt.answers().get(q.position()))),
                    key(content.body()),
                    content.explanation(),
                    mark == null ? null : mark.max(),
                    mark == null ? null : mark.earned(),
                    note));
        }
        return items;
    }

    private static String stem(Question q) {
        if (q.body() instanceof CaseAnalysis ca) {
            StringBuilder text = new StringBuilder(ca.caseText());
            List<SubQuestion> subs = ca.subQuestions();
            for (int i = 0; i < subs.size(); i++) {
                text.append("\n（").append(i + 1).append("）").append(subs.get(i).stem());
            }
            return text.toString();
        }
        return q.stem();
    }

    private static List<String> options(List<Option> options) {
        return options.stream().map(o -> o.label() + ". " + o.text()).toList();
    }

    static String answer(QuestionBody body, Response r) {
        if (r == null) {
            return "未作答";
        } else if (r instanceof Response.Choice c) {
            return c.label();
        } else if (r instanceof Response.Choices c) {
            return c.labels().isEmpty() ? "未作答" : String.join("、", c.labels());
        } else if (r instanceof Response.Truth t) {
            return t.value() ? "对" : "错";
        } else if (r instanceof Response.Blanks b) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < b.texts().size(); i++) {
                texts.add("空" + (i + 1) + "：" + b.texts().get(i));
            }
            return String.join("；", texts);
        } else if (r instanceof Response.Essay e) {
            return e.text();
        } else if (r instanceof Response.Parts p && body instanceof CaseAnalysis ca) {
            List<String> parts = new ArrayList<>();
            new TreeMap<>(p.parts())
                    .forEach((no, part) -> parts.add("（" + no + "）"
                            + answer(ca.subQuestions().get(no - 1).body(), part)));
            return parts.isEmpty() ? "未作答" : String.join("\n", parts);
        }
        return "";
    }

    static String key(QuestionBody body) {
        if (body instanceof ShortAnswer s) {
            return "参考答案：" + s.referenceAnswer();
        } else if (body instanceof CaseAnalysis ca) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < ca.subQuestions().size(); i++) {
                parts.add("（" + (i + 1) + "）" + key(ca.subQuestions().get(i).body()));
            }
            return String.join("\n", parts);
        }
        return ErratumKeys.text(body);
    }
}
