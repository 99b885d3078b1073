package org.jianding.app.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianding.app.exams.SubmittedAttempt;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.marking.ItemMark;
import org.jianding.bank.marking.Response;

/**
 * Puts each stored item mark into words for the {@link Derivation}: what was typed in each blank and which accepted
 * answer it matched, a grader's mark and its conversion to paper points, 未阅 for a part no grader has scored, and
 * the erratum that applies, cited by its number on this paper. The stored mark decides right or wrong; the words
 * only explain it. Without keys nothing that reveals a key is written (no key of a choice, no accepted answer of a
 * blank typed wrong, no corrected key).
 */
final class ItemExplanations {

    private static final Pattern BLANK_VERDICT = Pattern.compile("空(\\d+)(对|错)");

    private ItemExplanations() {}

    static Derivation of(
            PaperContent paper,
            SubmittedAttempt attempt,
            List<ItemResult> marks,
            Map<Long, Erratum> errata,
            boolean keys,
            org.jianding.app.exams.ShownOptions shown,
            ResultWords w) {
        Map<Integer, ItemResult> byPosition = new HashMap<>();
        marks.forEach(m -> byPosition.put(m.position(), m));
        List<Derivation.Item> items = new ArrayList<>();
        List<Derivation.CitedErratum> cited = new ArrayList<>();
        for (PaperQuestion q : paper.questions()) {
            ItemResult mark = byPosition.get(q.position());
            if (mark == null) {
                continue;
            }
            Erratum e = errata.get(q.questionId());
            Question content = e != null && e.kind() == ErratumKind.KEY_CORRECTED
                    ? ErratumKeys.corrected(q.content(), e.correctedKey())
                    : q.content();
            Response response = attempt == null
                    ? null
                    : Responses.parse(content.body(), attempt.answers().get(q.position()));
            List<String> lines = new ArrayList<>();
            Letters letters = new Letters(shown, q.position());
            for (ItemMark.Part p : mark.parts()) {
                lines.add(part(p, content.body(), response, e, keys, letters, w));
            }
            items.add(new Derivation.Item(
                    q.position(),
                    w.type(mark.type()),
                    mark.area(),
                    mark.knowledgePoint(),
                    mark.max(),
                    mark.earned(),
                    lines,
                    w.get("results.how.unmarkedShort")));
            if (e != null) {
                cited.add(new Derivation.CitedErratum(q.position(), what(e, keys, w), e.reason(), e.createdAt()));
            }
        }
        cited.sort(java.util.Comparator.comparingInt(Derivation.CitedErratum::position));
        return new Derivation(items, cited);
    }

    static String what(Erratum e, boolean keys, ResultWords w) {
        if (e.kind() == ErratumKind.KEY_CORRECTED && !keys) {
            return w.get("results.how.keyCorrected");
        }
        return kind(e, w);
    }

    /** What an erratum did, in the reader's words. */
    static String kind(Erratum e, ResultWords w) {
        return e.kind() == ErratumKind.KEY_CORRECTED
                ? w.get("results.erratum.did.KEY_CORRECTED", e.keyText())
                : w.get("results.erratum.did." + e.kind().name());
    }

    private static String part(
            ItemMark.Part p,
            QuestionBody body,
            Response response,
            Erratum e,
            boolean keys,
            Letters letters,
            ResultWords w) {
        String prefix = p.no() == 0 ? "" : w.get("results.how.part", String.valueOf(p.no()));
        QuestionBody own = body;
        Response given = response;
        if (p.no() > 0
                && body instanceof CaseAnalysis ca
                && p.no() <= ca.subQuestions().size()) {
            own = ca.subQuestions().get(p.no() - 1).body();
            given = response instanceof Response.Parts parts ? parts.parts().get(p.no()) : null;
        }
        String then = w.get("results.how.then");
        String points = points(p, w);
        if (p.earned() == null) {
            return prefix + w.get("results.how.unmarked", plain(p.max()));
        }
        if (!p.auto()) {
            return prefix + graded(p, w);
        }
        if (e != null && e.kind() != ErratumKind.KEY_CORRECTED) {
            return prefix + MarkNotes.words(p.note(), w) + then + points;
        }
        String corrected = e != null ? w.get("results.how.byCorrectedKey") : "";
        if (own instanceof FillBlank f) {
            return prefix + corrected + blanks(f, given, p.note(), keys, w) + then + points;
        }
        if (keys) {
            return prefix + MarkNotes.words(letters.note(p.no(), p.note()), w) + then + points;
        }
        return prefix
                + corrected
                + w.get("results.how.answered", CandidateItems.answer(own, given, letters, p.no(), w))
                + credit(own, p.note(), w)
                + then
                + points;
    }

    /** The 多选 rule that gave partial credit is no key: the marker ends its note with it, after the first "；". */
    private static String credit(QuestionBody body, String note, ResultWords w) {
        if (!(body instanceof MultipleChoice) || note == null || !note.contains("；")) {
            return "";
        }
        return w.get("results.how.credit", MarkNotes.credit(note.substring(note.indexOf('；') + 1), w));
    }

    /** A grader's mark is given on the rubric (the bank's points) and scaled to the part's points on the paper. */
    private static String graded(ItemMark.Part p, ResultWords w) {
        String mark = p.note() == null || p.note().isBlank()
                ? w.get("results.how.gradedDefault")
                : MarkNotes.words(p.note(), w);
        String scale =
                p.ownMax().compareTo(p.max()) == 0 ? "" : w.get("results.how.scale", plain(p.max()), plain(p.ownMax()));
        return w.get("results.how.graded", mark, plain(p.ownMax()), scale, points(p, w));
    }

    private static String blanks(FillBlank f, Response given, String note, boolean keys, ResultWords w) {
        List<String> texts = given instanceof Response.Blanks b ? b.texts() : List.of();
        Map<Integer, Boolean> verdicts = new HashMap<>();
        Matcher m = BLANK_VERDICT.matcher(note == null ? "" : note);
        while (m.find()) {
            verdicts.put(Integer.parseInt(m.group(1)), m.group(2).equals("对"));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < f.blanks().size(); i++) {
            Blank blank = f.blanks().get(i);
            String typed = i < texts.size() && texts.get(i) != null ? texts.get(i) : "";
            String matched = blank.accepted().stream()
                    .filter(a -> !typed.isBlank() && blank.matching().matches(typed, a))
                    .findFirst()
                    .orElse(null);
            boolean right = verdicts.getOrDefault(i + 1, matched != null);
            StringBuilder line = new StringBuilder();
            line.append(typed.isBlank() ? w.get("results.how.blank.empty") : w.get("results.how.blank.typed", typed));
            if (right) {
                line.append(
                        matched == null
                                ? w.get("results.how.blank.right")
                                : w.get("results.how.blank.rightAs", matched));
            } else {
                line.append(w.get("results.how.blank.wrong"));
                if (keys) {
                    line.append(w.get("results.how.blank.accepted", String.join("／", blank.accepted())));
                }
            }
            out.add(w.get("results.how.blank", String.valueOf(i + 1), line.toString()));
        }
        return String.join(w.get("results.how.then"), out);
    }

    private static String points(ItemMark.Part p, ResultWords w) {
        return w.get("results.how.points", plain(p.earned()), plain(p.max()));
    }

    private static String plain(BigDecimal d) {
        return d == null ? "—" : d.toPlainString();
    }
}
