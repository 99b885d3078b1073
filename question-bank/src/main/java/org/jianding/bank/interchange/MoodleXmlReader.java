package org.jianding.bank.interchange;

import static org.jianding.bank.interchange.SafeXml.child;
import static org.jianding.bank.interchange.SafeXml.childText;
import static org.jianding.bank.interchange.SafeXml.children;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Moodle XML ({@code <quiz>}): multichoice (single and multiple), truefalse, shortanswer, numerical, essay, and
 * cloze whose every gap is a short answer; {@code category} entries set the path of the questions after them.
 * Embedded files ({@code @@PLUGINFILE@@/name} with base64 {@code <file>}) and Moodle 1.9's {@code <image_base64>}
 * become media; tags {@code 知识点:G3}, {@code 难度:3} … become attributes.
 */
final class MoodleXmlReader {

    private static final String PLUGINFILE = "@@PLUGINFILE@@/";

    private final List<ForeignItem> items = new ArrayList<>();
    private final List<SkippedItem> skipped = new ArrayList<>();
    private final List<ItemProblem> problems = new ArrayList<>();
    private List<String> category = List.of();

    static boolean looksLike(Document doc) {
        return SafeXml.local(doc.getDocumentElement()).equals("quiz");
    }

    static InterchangeRead read(Document doc) {
        MoodleXmlReader reader = new MoodleXmlReader();
        int number = 0;
        for (Element q : children(doc.getDocumentElement(), "question")) {
            String type = q.getAttribute("type");
            if (type.equals("category")) {
                reader.category = categoryPath(childText(child(q, "category"), "text"));
                continue;
            }
            number++;
            String ref = ForeignTypes.ref(number, childText(child(q, "name"), "text"));
            reader.question(q, type, ref);
        }
        return new InterchangeRead(InterchangeFormat.MOODLE_XML, reader.items, reader.skipped, reader.problems);
    }

    /** {@code $course$/top/Default for X/A//B/C} → [Default for X, A/B, C]: Moodle writes a slash in a name as //. */
    static List<String> categoryPath(String text) {
        List<String> path = new ArrayList<>();
        for (String part : text.replace("//", "\u0000").split("/")) {
            String p = part.replace('\u0000', '/').strip();
            if (!p.isEmpty() && !p.startsWith("$") && !p.equals("top")) {
                path.add(p);
            }
        }
        return path;
    }

    private void question(Element q, String type, String ref) {
        Map<String, byte[]> media = new LinkedHashMap<>();
        String stem = text(child(q, "questiontext"), media);
        stem = withOldImage(q, stem, media);
        ForeignItem item = switch (type) {
            case "multichoice" -> multichoice(q, ref, stem, media);
            case "truefalse" -> trueFalse(q, ref, stem);
            case "shortanswer" -> shortAnswer(q, ref, stem);
            case "numerical" -> numerical(q, ref, stem);
            case "essay" -> ForeignItem.essay(ref, stem, text(child(q, "graderinfo"), media));
            case "cloze" -> ClozeText.read(ref, stem, skipped, problems);
            default -> {
                skipped.add(new SkippedItem(ref, ForeignTypes.skipReason(type)));
                yield null;
            }
        };
        if (item == null) {
            return;
        }
        item = item.withExplanation(text(child(q, "generalfeedback"), media))
                .withCategory(category)
                .withMedia(media)
                .withAttributes(tags(q));
        String grade = childText(q, "defaultgrade");
        if (!grade.isEmpty()) {
            try {
                item = item.withPoints(new BigDecimal(grade).stripTrailingZeros());
            } catch (NumberFormatException e) {
                problems.add(new ItemProblem(ref, "分值「" + grade + "」不是数字"));
            }
        }
        items.add(item);
    }

    private ForeignItem multichoice(Element q, String ref, String stem, Map<String, byte[]> media) {
        boolean single = !childText(q, "single").equalsIgnoreCase("false")
                && !childText(q, "single").equals("0");
        List<String> options = new ArrayList<>();
        List<Integer> correct = new ArrayList<>();
        for (Element answer : children(q, "answer")) {
            double fraction = fraction(answer);
            if (single ? fraction >= 99.99 : fraction > 0) {
                correct.add(options.size());
            }
            options.add(text(answer, media));
        }
        if (correct.isEmpty()) {
            problems.add(new ItemProblem(ref, single ? "没有得满分的选项，读不出答案" : "没有得分的选项，读不出答案"));
            return null;
        }
        if (single && correct.size() > 1) {
            problems.add(new ItemProblem(ref, "单选题有" + correct.size() + "个满分选项"));
            return null;
        }
        return ForeignItem.choice(ref, stem, options, correct, !single);
    }

    private ForeignItem trueFalse(Element q, String ref, String stem) {
        for (Element answer : children(q, "answer")) {
            if (fraction(answer) >= 99.99) {
                String t = childText(answer, "text").toLowerCase(java.util.Locale.ROOT);
                return ForeignItem.trueFalse(ref, stem, t.equals("true") || t.equals("对") || t.equals("正确"));
            }
        }
        problems.add(new ItemProblem(ref, "判断题没有得满分的答案"));
        return null;
    }

    private ForeignItem shortAnswer(Element q, String ref, String stem) {
        List<String> accepted = new ArrayList<>();
        for (Element answer : children(q, "answer")) {
            String t = childText(answer, "text");
            if (fraction(answer) >= 99.99 && !t.isEmpty() && !t.contains("*")) {
                accepted.add(t);
            }
        }
        if (accepted.isEmpty()) {
            problems.add(new ItemProblem(ref, "填空题没有得满分的答案（通配符 * 不作答案）"));
            return null;
        }
        return ForeignItem.fill(ref, stem, List.of(accepted), null);
    }

    private ForeignItem numerical(Element q, String ref, String stem) {
        for (Element answer : children(q, "answer")) {
            String t = childText(answer, "text");
            if (fraction(answer) >= 99.99 && !t.isEmpty() && !t.equals("*")) {
                String tolerance = childText(answer, "tolerance");
                BigDecimal tol = null;
                try {
                    tol = tolerance.isEmpty() ? null : new BigDecimal(tolerance).stripTrailingZeros();
                } catch (NumberFormatException e) {
                    problems.add(new ItemProblem(ref, "误差「" + tolerance + "」不是数字"));
                }
                return ForeignItem.fill(ref, stem, List.of(List.of(t)), tol == null || tol.signum() == 0 ? null : tol);
            }
        }
        problems.add(new ItemProblem(ref, "数值题没有得满分的答案"));
        return null;
    }

    private static Map<String, String> tags(Element q) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Element tags = child(q, "tags");
        if (tags == null) {
            return attributes;
        }
        for (Element tag : children(tags, "tag")) {
            String t = childText(tag, "text");
            int colon = t.indexOf(':');
            if (colon > 0) {
                attributes.put(
                        t.substring(0, colon).strip(), t.substring(colon + 1).strip());
            }
        }
        return attributes;
    }

    private static double fraction(Element answer) {
        try {
            return Double.parseDouble(answer.getAttribute("fraction"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The {@code <text>} of an element, with its embedded files taken into {@code media}. */
    private static String text(Element holder, Map<String, byte[]> media) {
        if (holder == null) {
            return "";
        }
        String text = childText(holder, "text");
        for (Element file : children(holder, "file")) {
            String name = file.getAttribute("name");
            try {
                media.put(name, Base64.getMimeDecoder().decode(SafeXml.text(file)));
            } catch (IllegalArgumentException e) {
                // a damaged attachment: the reference to it is dropped below like any missing file
            }
        }
        return text.replace(PLUGINFILE, "");
    }

    private static String withOldImage(Element q, String stem, Map<String, byte[]> media) {
        String name = childText(q, "image");
        String data = childText(q, "image_base64");
        if (name.isEmpty() || data.isEmpty()) {
            return stem;
        }
        try {
            String key = Arrays.stream(name.split("/")).reduce((a, b) -> b).orElse(name);
            media.put(key, Base64.getMimeDecoder().decode(data));
            return stem + "<br/><img src=\"" + key + "\" alt=\"\"/>";
        } catch (IllegalArgumentException e) {
            return stem;
        }
    }
}
