package org.jianding.bank.interchange;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes questions as Moodle XML, which Moodle imports as they are: 单选/多选 as multichoice, 判断 as truefalse, a
 * one-blank 填空 as shortanswer (numerical with a tolerance), several blanks as cloze, 简答 as essay with the
 * reference answer and rubric as grader information. Each question's knowledge node path is its category; its
 * classification goes into tags ({@code 知识点:G3}, {@code 难度:3} …), images into base64 files. 案例分析 has no
 * Moodle counterpart and is left out. {@link MoodleXmlReader} reads all of it back.
 */
public final class MoodleXmlWriter {

    private MoodleXmlWriter() {}

    /** Writes the questions; returns how many were written (case analyses are not). */
    public static int write(List<Question> questions, ExportSource source, OutputStream out) {
        Document doc = XmlOut.document();
        Element quiz = doc.createElement("quiz");
        doc.appendChild(quiz);
        List<String> category = null;
        int written = 0;
        for (Question q : questions) {
            if (q.body() instanceof CaseAnalysis) {
                continue;
            }
            List<String> path = source.categoryPath().apply(q.knowledgePoint());
            if (!path.equals(category)) {
                category = path;
                Element c = XmlOut.add(quiz, "question", null);
                c.setAttribute("type", "category");
                XmlOut.add(XmlOut.add(c, "category", null), "text", categoryText(path));
            }
            question(quiz, q, ++written, source);
        }
        XmlOut.write(doc, out);
        return written;
    }

    static String categoryText(List<String> path) {
        StringBuilder text = new StringBuilder("$course$/top");
        path.forEach(p -> text.append('/').append(p.replace("/", "//")));
        return text.toString();
    }

    private static void question(Element quiz, Question q, int number, ExportSource source) {
        Element e = XmlOut.add(quiz, "question", null);
        e.setAttribute("type", type(q));
        XmlOut.add(XmlOut.add(e, "name", null), "text", name(q, number));
        String stem = q.body() instanceof FillBlank fill && fill.blanks().size() > 1 ? cloze(q.stem(), fill) : q.stem();
        text(e, "questiontext", stem, source);
        text(e, "generalfeedback", q.explanation(), source);
        XmlOut.add(e, "defaultgrade", ExportSource.points(q.points()));
        XmlOut.add(e, "penalty", "0");
        XmlOut.add(e, "hidden", "0");
        if (q.body() instanceof SingleChoice s) {
            choices(e, s.options(), List.of(s.answer()), true, source);
        } else if (q.body() instanceof MultipleChoice m) {
            choices(e, m.options(), m.answers(), false, source);
        } else if (q.body() instanceof TrueFalse t) {
            answer(e, t.answer() ? "100" : "0", "true");
            answer(e, t.answer() ? "0" : "100", "false");
        } else if (q.body() instanceof FillBlank f) {
            if (f.blanks().size() == 1) {
                Blank blank = f.blanks().get(0);
                for (String accepted : blank.accepted()) {
                    Element a = answer(e, "100", accepted);
                    if (blank.matching().tolerance() != null) {
                        XmlOut.add(a, "tolerance", blank.matching().tolerance().toPlainString());
                    }
                }
                if (blank.matching().tolerance() == null) {
                    XmlOut.add(e, "usecase", blank.matching().ignoreCase() ? "0" : "1");
                }
            }
        } else if (q.body() instanceof ShortAnswer s) {
            XmlOut.add(e, "responseformat", "editor");
            XmlOut.add(e, "responserequired", "1");
            XmlOut.add(e, "responsefieldlines", "15");
            text(e, "graderinfo", reference(s), source);
        }
        Element tags = XmlOut.add(e, "tags", null);
        for (Map.Entry<String, String> a : ExportSource.attributes(q).entrySet()) {
            XmlOut.add(XmlOut.add(tags, "tag", null), "text", a.getKey() + ":" + a.getValue());
        }
    }

    /** The reference answer followed by the rubric, one point a line, as {@link ItemConversion} reads it back. */
    static String reference(ShortAnswer s) {
        StringBuilder text = new StringBuilder(s.referenceAnswer());
        text.append("\n").append(ItemConversion.RUBRIC_MARK);
        s.rubric()
                .forEach(r -> text.append("\n（")
                        .append(ExportSource.points(r.points()))
                        .append("分）")
                        .append(r.description().replace("\n", " ")));
        return text.toString();
    }

    private static String type(Question q) {
        if (q.body() instanceof SingleChoice || q.body() instanceof MultipleChoice) {
            return "multichoice";
        }
        if (q.body() instanceof TrueFalse) {
            return "truefalse";
        }
        if (q.body() instanceof FillBlank f) {
            return f.blanks().size() > 1
                    ? "cloze"
                    : f.blanks().get(0).matching().tolerance() != null ? "numerical" : "shortanswer";
        }
        return "essay";
    }

    private static String cloze(String stem, FillBlank fill) {
        StringBuilder out = new StringBuilder();
        String[] parts = stem.split(java.util.regex.Pattern.quote(FillBlank.BLANK_MARK), -1);
        for (int i = 0; i < parts.length; i++) {
            out.append(parts[i]);
            if (i < fill.blanks().size() && i < parts.length - 1) {
                Blank blank = fill.blanks().get(i);
                String kind = blank.matching().tolerance() != null ? "NUMERICAL" : "SHORTANSWER";
                StringBuilder gap = new StringBuilder("{1:" + kind + ":");
                for (int a = 0; a < blank.accepted().size(); a++) {
                    gap.append(a == 0 ? "=" : "~=")
                            .append(escapeGap(blank.accepted().get(a)));
                    if (blank.matching().tolerance() != null) {
                        gap.append(':').append(blank.matching().tolerance().toPlainString());
                    }
                }
                out.append(gap).append('}');
            }
        }
        return out.toString();
    }

    private static String escapeGap(String text) {
        return text.replace("\\", "\\\\")
                .replace("}", "\\}")
                .replace("~", "\\~")
                .replace("#", "\\#");
    }

    private static void choices(
            Element e, List<Option> options, List<String> key, boolean single, ExportSource source) {
        XmlOut.add(e, "single", single ? "true" : "false");
        XmlOut.add(e, "shuffleanswers", "true");
        XmlOut.add(e, "answernumbering", "ABCD");
        String right = single ? "100" : String.format(java.util.Locale.ROOT, "%.5f", 100.0 / key.size());
        for (Option o : options) {
            Element a = XmlOut.add(e, "answer", null);
            a.setAttribute("fraction", key.contains(o.label()) ? right : "0");
            a.setAttribute("format", "html");
            Map<String, byte[]> files = XmlOut.files();
            XmlOut.add(a, "text", XmlOut.images(o.text(), source, "@@PLUGINFILE@@/", files));
            files(a, files);
        }
    }

    private static Element answer(Element e, String fraction, String text) {
        Element a = XmlOut.add(e, "answer", null);
        a.setAttribute("fraction", fraction);
        a.setAttribute("format", "moodle_auto_format");
        XmlOut.add(a, "text", text);
        return a;
    }

    private static void text(Element e, String name, String html, ExportSource source) {
        Element holder = XmlOut.add(e, name, null);
        holder.setAttribute("format", "html");
        Map<String, byte[]> files = XmlOut.files();
        XmlOut.add(holder, "text", XmlOut.images(html, source, "@@PLUGINFILE@@/", files));
        files(holder, files);
    }

    private static void files(Element holder, Map<String, byte[]> files) {
        for (var f : files.entrySet()) {
            Element file = XmlOut.add(holder, "file", XmlOut.base64(f.getValue()));
            file.setAttribute("name", f.getKey());
            file.setAttribute("path", "/");
            file.setAttribute("encoding", "base64");
        }
    }

    private static String name(Question q, int number) {
        String plain = ItemConversion.plain(q.stem()).replaceAll("\\s+", " ").strip();
        return number + " " + (plain.length() > 30 ? plain.substring(0, 30) : plain);
    }
}
