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
            org.jianding.app.exams.ShownOptions shown) {
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
                lines.add(part(p, content.body(), response, e, keys, letters));
            }
            items.add(new Derivation.Item(
                    q.position(),
                    mark.type().chineseName(),
                    mark.area(),
                    mark.knowledgePoint(),
                    mark.max(),
                    mark.earned(),
                    lines));
            if (e != null) {
                cited.add(new Derivation.CitedErratum(q.position(), what(e, keys), e.reason(), e.createdAt()));
            }
        }
        cited.sort(java.util.Comparator.comparingInt(Derivation.CitedErratum::position));
        return new Derivation(items, cited);
    }

    static String what(Erratum e, boolean keys) {
        if (e.kind() == ErratumKind.KEY_CORRECTED && !keys) {
            return "更正答案";
        }
        return Errata.kindText(e);
    }

    private static String part(
            ItemMark.Part p, QuestionBody body, Response response, Erratum e, boolean keys, Letters letters) {
        String prefix = p.no() == 0 ? "" : "（" + p.no() + "）";
        QuestionBody own = body;
        Response given = response;
        if (p.no() > 0
                && body instanceof CaseAnalysis ca
                && p.no() <= ca.subQuestions().size()) {
            own = ca.subQuestions().get(p.no() - 1).body();
            given = response instanceof Response.Parts parts ? parts.parts().get(p.no()) : null;
        }
        String points = points(p);
        if (p.earned() == null) {
            return prefix + "未阅：等待阅卷（本部分卷面 " + plain(p.max()) + " 分）";
        }
        if (!p.auto()) {
            return prefix + graded(p);
        }
        if (e != null && e.kind() != ErratumKind.KEY_CORRECTED) {
            return prefix + p.note() + "；" + points;
        }
        String corrected = e != null ? "按勘误后的答案评分：" : "";
        if (own instanceof FillBlank f) {
            return prefix + corrected + blanks(f, given, p.note(), keys) + "；" + points;
        }
        if (keys) {
            return prefix + letters.note(p.no(), p.note()) + "；" + points;
        }
        return prefix + corrected + "作答：" + CandidateItems.answer(own, given, letters, p.no()) + credit(own, p.note())
                + "；" + points;
    }

    /** The 多选 rule that gave partial credit is no key: the marker ends its note with it, after the last "；". */
    private static String credit(QuestionBody body, String note) {
        if (!(body instanceof MultipleChoice) || note == null || !note.contains("；")) {
            return "";
        }
        return "（" + note.substring(note.lastIndexOf('；') + 1) + "）";
    }

    /** A grader's mark is given on the rubric (the bank's points) and scaled to the part's points on the paper. */
    private static String graded(ItemMark.Part p) {
        String mark = p.note() == null || p.note().isBlank() ? "阅卷评分" : p.note();
        String scale = p.ownMax().compareTo(p.max()) == 0 ? "" : "，× " + plain(p.max()) + " ÷ " + plain(p.ownMax());
        return mark + "（评分标准满分 " + plain(p.ownMax()) + " 分" + scale + "）→ 卷面 " + points(p);
    }

    private static String blanks(FillBlank f, Response given, String note, boolean keys) {
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
            StringBuilder line = new StringBuilder("空" + (i + 1) + "：");
            line.append(typed.isBlank() ? "未填" : "填「" + typed + "」");
            if (right) {
                line.append(matched == null ? "，与可接受答案一致" : "，与可接受答案「" + matched + "」一致")
                        .append("，对");
            } else {
                line.append("，错");
                if (keys) {
                    line.append("（可接受答案：")
                            .append(String.join("／", blank.accepted()))
                            .append("）");
                }
            }
            out.add(line.toString());
        }
        return String.join("；", out);
    }

    private static String points(ItemMark.Part p) {
        return "得 " + plain(p.earned()) + " / " + plain(p.max()) + " 分";
    }

    private static String plain(BigDecimal d) {
        return d == null ? "—" : d.toPlainString();
    }
}
