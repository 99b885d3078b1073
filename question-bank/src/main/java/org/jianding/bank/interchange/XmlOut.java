package org.jianding.bank.interchange;

import java.io.OutputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Small helpers for writing XML documents and for the images a text shows. */
final class XmlOut {

    private static final Pattern IMG_SRC = Pattern.compile("(<img\\b[^>]*?\\bsrc=\")([^\"]*)(\")");

    private XmlOut() {}

    static Document document() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Element add(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
        if (text != null) {
            e.setTextContent(text);
        }
        parent.appendChild(e);
        return e;
    }

    static void write(Document doc, OutputStream out) {
        write(doc, out, true);
    }

    /** Without indenting, so no whitespace is added inside mixed (HTML) content. */
    static void write(Document doc, OutputStream out, boolean indent) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, indent ? "yes" : "no");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text with each image's {@code src} renamed by {@code name} (e.g. {@code @@PLUGINFILE@@/sha.png}); the
     * bytes of each image found are put in {@code files} under the bare file name.
     */
    static String images(String text, ExportSource source, String prefix, Map<String, byte[]> files) {
        if (text == null || !text.contains("<img")) {
            return text;
        }
        Matcher m = IMG_SRC.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            byte[] bytes = source.image().apply(m.group(2));
            String replacement = m.group();
            if (bytes != null) {
                String file = fileName(m.group(2), bytes);
                files.put(file, bytes);
                replacement = m.group(1) + prefix + file + m.group(3);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String fileName(String src, byte[] bytes) {
        String base = src.substring(src.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        String ext = bytes.length > 3 && bytes[0] == (byte) 0x89
                ? ".png"
                : bytes.length > 2 && bytes[0] == (byte) 0xFF
                        ? ".jpg"
                        : bytes.length > 2 && bytes[0] == 'G' ? ".gif" : "";
        return base.contains(".") ? base : base + ext;
    }

    static Map<String, byte[]> files() {
        return new LinkedHashMap<>();
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
