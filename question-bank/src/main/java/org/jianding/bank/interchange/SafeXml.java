package org.jianding.bank.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jianding.bank.interchange.InterchangeException.Reason;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * XML from uploads, parsed with DOCTYPEs refused outright: no external entities (XXE), no entity expansion bombs,
 * no DTD fetched from anywhere. No format we read needs a DTD. Also small helpers over the DOM that ignore
 * namespaces, since QTI and Moodle files use several spellings of theirs.
 */
final class SafeXml {

    private SafeXml() {}

    static Document parse(byte[] bytes, String name) throws InterchangeException {
        if (hasDoctype(bytes)) {
            throw new InterchangeException(Reason.DOCTYPE, name);
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId);
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new InterchangeException(Reason.DOCTYPE, name, e);
            }
            throw new InterchangeException(Reason.CORRUPT, name + ": " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new InterchangeException(Reason.CORRUPT, name, e);
        }
    }

    /**
     * A DOCTYPE or entity declaration in the prolog (before the root element), in UTF-8, UTF-16 or Latin-1
     * spelling. Text inside the document, such as a CDATA question text quoting an HTML page, is not looked at.
     */
    static boolean hasDoctype(byte[] bytes) {
        int head = Math.min(bytes.length, 64 * 1024);
        for (var charset : List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            String prolog = prolog(new String(bytes, 0, head, charset)).toUpperCase(Locale.ROOT);
            if (prolog.contains("<!DOCTYPE") || prolog.contains("<!ENTITY")) {
                return true;
            }
        }
        return false;
    }

    private static String prolog(String text) {
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
            if (Character.isLetter(text.charAt(i + 1))) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    static String local(Node node) {
        String name = node.getLocalName();
        return name != null ? name : node.getNodeName().replaceFirst("^.*:", "");
    }

    /** Direct child elements with the local name. */
    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || local(e).equals(localName))) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Descendant elements with the local name, in document order. */
    static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        if (found.isEmpty()) {
            all = root.getElementsByTagName(localName);
            for (int i = 0; i < all.getLength(); i++) {
                found.add((Element) all.item(i));
            }
        }
        return found;
    }

    static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }

    static String childText(Element parent, String localName) {
        return parent == null ? "" : text(child(parent, localName));
    }
}
