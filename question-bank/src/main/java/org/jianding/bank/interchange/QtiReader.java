package org.jianding.bank.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.bank.interchange.InterchangeException.Reason;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * QTI 2.1, 2.2 and 3.0 items ({@code assessmentItem} / {@code qti-assessment-item}), alone or in a content package
 * (a zip whose {@code imsmanifest.xml} lists item resources). QTI 3.0's kebab-case names are read as 2.x's
 * camel-case ones. Choice (single and multiple response), text entry (one or more blanks) and extended text
 * interactions are imported; any other interaction makes the item skipped. The key comes from the correct
 * response, or, under the {@code map_response} template, from the positively mapped values.
 */
final class QtiReader {

    static final Set<String> SUPPORTED = Set.of("choiceInteraction", "textEntryInteraction", "extendedTextInteraction");
    private static final Set<String> NOT_CONTENT = Set.of(
            "feedbackInline",
            "feedbackBlock",
            "modalFeedback",
            "rubricBlock",
            "templateBlock",
            "templateInline",
            "printedVariable",
            "stylesheet",
            "companionMaterialsInfo");

    private final Map<String, byte[]> files;
    private final List<ForeignItem> items = new ArrayList<>();
    private final List<SkippedItem> skipped = new ArrayList<>();
    private final List<ItemProblem> problems = new ArrayList<>();
    private int number;

    private QtiReader(Map<String, byte[]> files) {
        this.files = files;
    }

    static boolean isItem(Document doc) {
        return name(doc.getDocumentElement()).equals("assessmentItem");
    }

    /** One item file, outside any package: its images cannot be found and are left out. */
    static InterchangeRead readItem(Document doc) throws InterchangeException {
        QtiReader reader = new QtiReader(Map.of());
        reader.item(doc.getDocumentElement(), "item.xml", Map.of());
        return reader.result();
    }

    /** A content package: every item resource of the manifest, in its order. */
    static InterchangeRead readPackage(Map<String, byte[]> files) throws InterchangeException {
        Document manifest = SafeXml.parse(files.get("imsmanifest.xml"), "imsmanifest.xml");
        QtiReader reader = new QtiReader(files);
        for (Element element : SafeXml.descendants(manifest.getDocumentElement(), "file")) {
            SafeZip.resolve("imsmanifest.xml", element.getAttribute("href"));
        }
        for (Element resource : SafeXml.descendants(manifest.getDocumentElement(), "resource")) {
            String type = resource.getAttribute("type");
            if (!resource.hasAttribute("href") || !type.contains("item")) {
                continue;
            }
            String path = SafeZip.resolve("imsmanifest.xml", resource.getAttribute("href"));
            byte[] bytes = files.get(path);
            if (bytes == null) {
                throw new InterchangeException(Reason.MISSING_FILE, path);
            }
            Document doc = SafeXml.parse(bytes, path);
            if (isItem(doc)) {
                reader.item(doc.getDocumentElement(), path, keywords(resource));
            }
        }
        return reader.result();
    }

    private InterchangeRead result() {
        return new InterchangeRead(InterchangeFormat.QTI, items, skipped, problems);
    }

    /** {@code qti-choice-interaction} → {@code choiceInteraction}; 2.x names as they are. */
    static String name(Node node) {
        String local = SafeXml.local(node);
        if (!local.startsWith("qti-")) {
            return local;
        }
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : local.substring(4).toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /** An attribute in either spelling: {@code responseIdentifier} or {@code response-identifier}. */
    static String attr(Element e, String camel) {
        if (e.hasAttribute(camel)) {
            return e.getAttribute(camel);
        }
        return e.getAttribute(camel.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT));
    }

    private void item(Element root, String path, Map<String, String> attributes) throws InterchangeException {
        number++;
        String ref = ForeignTypes.ref(
                number, attr(root, "title").isEmpty() ? attr(root, "identifier") : attr(root, "title"));
        Element body = first(root, "itemBody");
        if (body == null) {
            problems.add(new ItemProblem(ref, "缺少题目正文（itemBody）"));
            return;
        }
        List<Element> interactions = new ArrayList<>();
        collectInteractions(body, interactions);
        for (Element i : interactions) {
            if (!SUPPORTED.contains(name(i))) {
                skipped.add(new SkippedItem(ref, ForeignTypes.skipReason(name(i))));
                return;
            }
        }
        Set<String> kinds = new java.util.HashSet<>();
        interactions.forEach(i -> kinds.add(name(i)));
        if (interactions.isEmpty()) {
            skipped.add(new SkippedItem(ref, "没有作答方式（interaction），不是试题"));
            return;
        }
        if (kinds.size() > 1 || (!kinds.contains("textEntryInteraction") && interactions.size() > 1)) {
            skipped.add(new SkippedItem(ref, "题库没有此题型：一题含多个作答（" + String.join("、", kinds) + "）"));
            return;
        }
        Map<String, byte[]> media = new LinkedHashMap<>();
        Html html = new Html(path, media);
        Element interaction = interactions.get(0);
        ForeignItem item = switch (name(interaction)) {
            case "choiceInteraction" -> choice(root, ref, body, interaction, html);
            case "textEntryInteraction" -> textEntry(root, ref, body, interactions, html);
            default ->
                ForeignItem.essay(
                        ref,
                        html.of(body, interaction, true),
                        String.join("\n", QtiProcessing.declaredKey(root, interaction)));
        };
        if (item != null) {
            items.add(
                    item.withExplanation(solution(root, html)).withMedia(media).withAttributes(attributes));
        }
    }

    /** The explanation: a modal feedback or feedback block named {@code SOLUTION}, as our exports write it. */
    private static String solution(Element root, Html html) throws InterchangeException {
        for (Element feedback : elements(root, "modalFeedback")) {
            if (attr(feedback, "identifier").equalsIgnoreCase("SOLUTION")) {
                Element content = first(feedback, "contentBody");
                return html.inner(content != null ? content : feedback);
            }
        }
        return "";
    }

    private ForeignItem choice(Element root, String ref, Element body, Element interaction, Html html)
            throws InterchangeException {
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Element choice : elements(interaction, "simpleChoice")) {
            ids.add(attr(choice, "identifier"));
            texts.add(html.inner(choice));
        }
        List<String> key = QtiProcessing.declaredKey(root, interaction);
        List<Integer> correct =
                key.stream().map(ids::indexOf).filter(i -> i >= 0).sorted().toList();
        if (correct.isEmpty()) {
            problems.add(new ItemProblem(ref, "读不出答案：没有 correctResponse，也没有正分的 mapping"));
            return null;
        }
        if (correct.size() < key.size()) {
            problems.add(new ItemProblem(ref, "答案中有不在选项里的标识"));
            return null;
        }
        Element declaration = QtiProcessing.declaration(root, attr(interaction, "responseIdentifier"));
        boolean multiple =
                declaration != null && !attr(declaration, "cardinality").equals("single");
        return ForeignItem.choice(ref, html.of(body, interaction, true), texts, correct, multiple);
    }

    private ForeignItem textEntry(Element root, String ref, Element body, List<Element> gaps, Html html)
            throws InterchangeException {
        List<List<String>> blanks = new ArrayList<>();
        BigDecimal tolerance = null;
        for (Element gap : gaps) {
            List<String> accepted = QtiProcessing.declaredKey(root, gap);
            if (accepted.isEmpty()) {
                // no declared key: the item's own response processing may compare the response with fixed values
                QtiProcessing.Key key = QtiProcessing.key(root, attr(gap, "responseIdentifier"));
                if (key.values().isEmpty()) {
                    String blank = "第" + (blanks.size() + 1) + "空";
                    skipped.add(new SkippedItem(
                            ref,
                            key.computed()
                                    ? blank + "的答案由模板变量逐次计算（QTI template processing），题库的填空题只存固定答案"
                                    : blank + "没有可读的答案：既无 correctResponse，响应处理中也没有与固定值的比较"));
                    return null;
                }
                accepted = key.values();
                if (key.tolerance() != null) {
                    tolerance = tolerance == null ? key.tolerance() : tolerance.max(key.tolerance());
                }
            }
            blanks.add(accepted);
        }
        return ForeignItem.fill(ref, html.of(body, null, false), blanks, tolerance);
    }

    private static void collectInteractions(Element e, List<Element> found) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                String name = name(child);
                if (name.endsWith("Interaction")) {
                    found.add(child);
                } else if (!NOT_CONTENT.contains(name)) {
                    collectInteractions(child, found);
                }
            }
        }
    }

    private static Map<String, String> keywords(Element resource) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Element keyword : SafeXml.descendants(resource, "keyword")) {
            String t = keyword.getTextContent().strip();
            int colon = t.indexOf(':');
            if (colon > 0) {
                attributes.put(
                        t.substring(0, colon).strip(), t.substring(colon + 1).strip());
            }
        }
        return attributes;
    }

    static Element first(Element parent, String canonical) {
        List<Element> found = elements(parent, canonical);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Direct children with the canonical (2.x) name. */
    static List<Element> elements(Element parent, String canonical) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name(e).equals(canonical)) {
                found.add(e);
            }
        }
        return found;
    }

    /** Item body content as HTML with images taken from the package. */
    private final class Html {

        private final String path;
        private final Map<String, byte[]> media;

        Html(String path, Map<String, byte[]> media) {
            this.path = path;
            this.media = media;
        }

        /**
         * The body without the interaction; a choice's or essay's prompt goes last; text entries become
         * {@code ____}.
         */
        String of(Element body, Element interaction, boolean withPrompt) throws InterchangeException {
            StringBuilder out = new StringBuilder();
            Element only = onlyDiv(body, interaction);
            children(only != null ? only : body, out, interaction);
            if (withPrompt && interaction != null) {
                Element prompt = first(interaction, "prompt");
                if (prompt != null && !prompt.getTextContent().isBlank()) {
                    out.append("<p>").append(inner(prompt)).append("</p>");
                }
            }
            return out.toString().strip();
        }

        /** The one {@code <div>} a body holds besides its interaction (the stem as our exports and many tools wrap it). */
        private Element onlyDiv(Element body, Element interaction) {
            Element div = null;
            for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    if (e == interaction || NOT_CONTENT.contains(name(e))) {
                        continue;
                    }
                    if (div != null
                            || !SafeXml.local(e).equals("div")
                            || e.getAttributes().getLength() > 0) {
                        return null;
                    }
                    div = e;
                } else if (n.getNodeType() == Node.TEXT_NODE
                        && !n.getNodeValue().isBlank()) {
                    return null;
                }
            }
            return div;
        }

        String inner(Element e) throws InterchangeException {
            StringBuilder out = new StringBuilder();
            children(e, out, null);
            return out.toString().strip();
        }

        private void children(Element e, StringBuilder out, Element skip) throws InterchangeException {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element child) {
                    element(child, out, skip);
                } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    out.append(escapeText(n.getNodeValue()));
                }
            }
        }

        private void element(Element e, StringBuilder out, Element skip) throws InterchangeException {
            String name = name(e);
            if (e == skip || NOT_CONTENT.contains(name) || name.equals("prompt")) {
                return;
            }
            if (name.equals("textEntryInteraction")) {
                out.append("____");
                return;
            }
            if (name.endsWith("Interaction")) {
                return;
            }
            String tag = SafeXml.local(e);
            if (tag.equals("img")) {
                String src = e.getAttribute("src");
                String resolved = SafeZip.resolve(path, src);
                byte[] bytes = files.get(resolved);
                if (bytes != null) {
                    media.put(resolved, bytes);
                    out.append("<img src=\"")
                            .append(escape(resolved))
                            .append("\" alt=\"")
                            .append(escape(e.getAttribute("alt")))
                            .append("\"/>");
                }
                return;
            }
            if (e.hasAttribute("href")) {
                SafeZip.resolve(path, e.getAttribute("href"));
            }
            if (e.hasAttribute("data") && tag.equals("object")) {
                SafeZip.resolve(path, e.getAttribute("data"));
            }
            out.append('<').append(tag).append('>');
            children(e, out, skip);
            out.append("</").append(tag).append('>');
        }
    }

    /** Text content as HTML: only the characters that would start markup are escaped. */
    static String escapeText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
