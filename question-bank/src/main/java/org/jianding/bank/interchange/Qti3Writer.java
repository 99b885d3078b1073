package org.jianding.bank.interchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.w3c.dom.Node;

/**
 * Writes questions as a QTI 3.0 content package: {@code imsmanifest.xml} listing one item per question with its
 * classification as LOM keywords ({@code 知识点:G3} …), {@code items/item-N.xml}, and the images under
 * {@code images/}. 单选/多选 are choice interactions, 判断 a choice of 对/错, 填空 text entries in the stem (every
 * accepted answer in the mapping), 简答 an extended text whose correct response holds the reference answer and
 * rubric; the explanation is the modal feedback {@code SOLUTION}. 案例分析 is left out.
 */
public final class Qti3Writer {

    static final String QTI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    static final String CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    static final String LOM = "http://ltsc.ieee.org/xsd/LOM";
    private static final String TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/";

    private Qti3Writer() {}

    /** Writes the package; returns how many questions were written (case analyses are not). */
    public static int write(List<Question> questions, ExportSource source, OutputStream out) {
        Document manifest = XmlOut.document();
        Element root = manifest.createElementNS(CP, "manifest");
        root.setAttribute("identifier", "jianding-export");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:imsmd", LOM);
        manifest.appendChild(root);
        Element metadata = XmlOut.add(root, "metadata", null);
        XmlOut.add(metadata, "schema", "QTI Package");
        XmlOut.add(metadata, "schemaversion", "3.0.0");
        XmlOut.add(root, "organizations", null);
        Element resources = XmlOut.add(root, "resources", null);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        int n = 0;
        for (Question q : questions) {
            if (q.body() instanceof CaseAnalysis) {
                continue;
            }
            n++;
            String href = "items/item-" + n + ".xml";
            Map<String, byte[]> images = new LinkedHashMap<>();
            entries.put(href, bytes(item(q, "item-" + n, source, images), false));
            Element resource = XmlOut.add(resources, "resource", null);
            resource.setAttribute("identifier", "item-" + n);
            resource.setAttribute("type", "imsqti_item_xmlv3p0");
            resource.setAttribute("href", href);
            keywords(resource, q);
            XmlOut.add(resource, "file", null).setAttribute("href", href);
            for (var image : images.entrySet()) {
                entries.put("images/" + image.getKey(), image.getValue());
                XmlOut.add(resource, "file", null).setAttribute("href", "images/" + image.getKey());
            }
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "imsmanifest.xml", bytes(manifest, true));
            for (var e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return n;
    }

    private static void keywords(Element resource, Question q) {
        Document doc = resource.getOwnerDocument();
        Element metadata = XmlOut.add(resource, "metadata", null);
        Element lom = doc.createElementNS(LOM, "imsmd:lom");
        metadata.appendChild(lom);
        Element general = doc.createElementNS(LOM, "imsmd:general");
        lom.appendChild(general);
        for (var a : ExportSource.attributes(q).entrySet()) {
            Element keyword = doc.createElementNS(LOM, "imsmd:keyword");
            Element string = doc.createElementNS(LOM, "imsmd:string");
            string.setTextContent(a.getKey() + ":" + a.getValue());
            keyword.appendChild(string);
            general.appendChild(keyword);
        }
    }

    private static Document item(Question q, String id, ExportSource source, Map<String, byte[]> images) {
        Document doc = XmlOut.document();
        Element item = doc.createElementNS(QTI, "qti-assessment-item");
        doc.appendChild(item);
        item.setAttribute("identifier", id);
        item.setAttribute(
                "title", ItemConversion.plain(q.stem()).replaceAll("\\s+", " ").strip());
        item.setAttribute("adaptive", "false");
        item.setAttribute("time-dependent", "false");
        String stem = XmlOut.images(q.stem(), source, "../images/", images);
        List<String> template = new ArrayList<>();
        Element body;
        if (q.body() instanceof FillBlank fill) {
            for (int i = 0; i < fill.blanks().size(); i++) {
                blankDeclaration(item, "RESPONSE" + (i + 1), fill.blanks().get(i));
            }
            score(item);
            body = XmlOut.add(item, "qti-item-body", null);
            String[] parts = source.xhtml().apply(stem).split(Pattern.quote(FillBlank.BLANK_MARK), -1);
            StringBuilder marked = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                marked.append("<qti-text-entry-interaction response-identifier=\"RESPONSE")
                        .append(i)
                        .append("\" expected-length=\"15\"/>")
                        .append(parts[i]);
            }
            append(body, marked.toString(), false);
            template.add(fill.blanks().size() == 1 ? "map_response" : null);
        } else if (q.body() instanceof ShortAnswer s) {
            Element d = declaration(item, "RESPONSE", "single", "string");
            XmlOut.add(XmlOut.add(d, "qti-correct-response", null), "qti-value", MoodleXmlWriter.reference(s));
            score(item);
            body = XmlOut.add(item, "qti-item-body", null);
            append(body, source.xhtml().apply(stem), true);
            Element interaction = XmlOut.add(body, "qti-extended-text-interaction", null);
            interaction.setAttribute("response-identifier", "RESPONSE");
            template.add(null);
        } else {
            List<Option> options;
            List<String> key;
            boolean single = true;
            if (q.body() instanceof SingleChoice s) {
                options = s.options();
                key = List.of(s.answer());
            } else if (q.body() instanceof MultipleChoice m) {
                options = m.options();
                key = m.answers();
                single = false;
            } else {
                options = List.of(Option.of("A", "对"), Option.of("B", "错"));
                key = List.of(((TrueFalse) q.body()).answer() ? "A" : "B");
            }
            Element d = declaration(item, "RESPONSE", single ? "single" : "multiple", "identifier");
            Element correct = XmlOut.add(d, "qti-correct-response", null);
            key.forEach(k -> XmlOut.add(correct, "qti-value", k));
            score(item);
            body = XmlOut.add(item, "qti-item-body", null);
            append(body, source.xhtml().apply(stem), true);
            Element interaction = XmlOut.add(body, "qti-choice-interaction", null);
            interaction.setAttribute("response-identifier", "RESPONSE");
            interaction.setAttribute("shuffle", "false");
            interaction.setAttribute("max-choices", single ? "1" : "0");
            for (Option o : options) {
                Element choice = XmlOut.add(interaction, "qti-simple-choice", null);
                choice.setAttribute("identifier", o.label());
                append(choice, source.xhtml().apply(XmlOut.images(o.text(), source, "../images/", images)), false);
            }
            template.add("match_correct");
        }
        if (template.get(0) != null) {
            XmlOut.add(item, "qti-response-processing", null)
                    .setAttribute("template", TEMPLATES + template.get(0) + ".xml");
        }
        Element feedback = XmlOut.add(item, "qti-modal-feedback", null);
        feedback.setAttribute("outcome-identifier", "FEEDBACK");
        feedback.setAttribute("identifier", "SOLUTION");
        feedback.setAttribute("show-hide", "show");
        Element content = XmlOut.add(feedback, "qti-content-body", null);
        append(content, source.xhtml().apply(XmlOut.images(q.explanation(), source, "../images/", images)), false);
        return doc;
    }

    private static void blankDeclaration(Element item, String id, Blank blank) {
        Element d = declaration(item, id, "single", "string");
        XmlOut.add(
                XmlOut.add(d, "qti-correct-response", null),
                "qti-value",
                blank.accepted().get(0));
        Element mapping = XmlOut.add(d, "qti-mapping", null);
        mapping.setAttribute("default-value", "0");
        for (String accepted : blank.accepted()) {
            Element entry = XmlOut.add(mapping, "qti-map-entry", null);
            entry.setAttribute("map-key", accepted);
            entry.setAttribute("mapped-value", "1");
            entry.setAttribute("case-sensitive", blank.matching().ignoreCase() ? "false" : "true");
        }
    }

    private static Element declaration(Element item, String id, String cardinality, String baseType) {
        Element d = XmlOut.add(item, "qti-response-declaration", null);
        d.setAttribute("identifier", id);
        d.setAttribute("cardinality", cardinality);
        d.setAttribute("base-type", baseType);
        return d;
    }

    private static void score(Element item) {
        Element score = XmlOut.add(item, "qti-outcome-declaration", null);
        score.setAttribute("identifier", "SCORE");
        score.setAttribute("cardinality", "single");
        score.setAttribute("base-type", "float");
    }

    /**
     * Appends an XHTML fragment as QTI content, wrapped in one {@code <div>} when {@code wrap} (the stem of an item
     * body; {@link QtiReader} unwraps it).
     */
    private static void append(Element parent, String xhtml, boolean wrap) {
        Element target = wrap ? XmlOut.add(parent, "div", null) : parent;
        Document fragment = parseFragment(xhtml);
        for (Node n = fragment.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            target.appendChild(parent.getOwnerDocument().importNode(n, true));
        }
    }

    private static Document parseFragment(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(
                            ("<r xmlns=\"" + QTI + "\">" + xhtml + "</r>").getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XHTML: " + xhtml, e);
        }
    }

    private static byte[] bytes(Document doc, boolean indent) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlOut.write(doc, out, indent);
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
