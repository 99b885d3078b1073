package org.jianding.bank.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The key of a response: as its declaration states it ({@link #declaredKey}), or for a text entry without one, as the
 * item's own response processing states it, when the response declaration has no
 * correct response: the fixed values ({@code baseValue}) the response is compared with ({@code equal}, {@code match},
 * {@code stringMatch}, alone or under {@code or}) in a branch that sets {@code SCORE} above zero. A comparison with
 * another variable anywhere (a template variable: the answer is computed per attempt) is no fixed key.
 */
final class QtiProcessing {

    /**
     * What the processing says of one response.
     *
     * @param values the accepted fixed values
     * @param tolerance an {@code equal}'s absolute tolerance, or null
     * @param computed whether the response is compared with a variable instead (a templated, computed answer)
     */
    record Key(List<String> values, BigDecimal tolerance, boolean computed) {}

    private final String response;
    private final List<String> values = new ArrayList<>();
    private BigDecimal tolerance;
    private boolean computed;

    private QtiProcessing(String response) {
        this.response = response;
    }

    /**
     * The key of an interaction's response: its correct response; under {@code map_response} (or with no correct
     * response) the map keys with the highest positive value, or for a multiple response every positive one.
     */
    static List<String> declaredKey(Element root, Element interaction) {
        Element declaration = declaration(root, QtiReader.attr(interaction, "responseIdentifier"));
        if (declaration == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        Element correct = QtiReader.first(declaration, "correctResponse");
        if (correct != null) {
            QtiReader.elements(correct, "value")
                    .forEach(v -> values.add(v.getTextContent().strip()));
        }
        Element mapping = QtiReader.first(declaration, "mapping");
        if (mapping != null) {
            boolean single = QtiReader.attr(declaration, "cardinality").equals("single");
            BigDecimal best = BigDecimal.ZERO;
            Map<String, BigDecimal> entries = new LinkedHashMap<>();
            for (Element entry : QtiReader.elements(mapping, "mapEntry")) {
                try {
                    BigDecimal v =
                            new BigDecimal(QtiReader.attr(entry, "mappedValue").strip());
                    entries.put(QtiReader.attr(entry, "mapKey"), v);
                    best = best.max(v);
                } catch (NumberFormatException e) {
                    // a value that is not a number scores nothing
                }
            }
            for (var entry : entries.entrySet()) {
                boolean right = single
                        ? best.signum() > 0 && entry.getValue().compareTo(best) == 0
                        : entry.getValue().signum() > 0;
                if (right && !values.contains(entry.getKey())) {
                    values.add(entry.getKey());
                }
            }
        }
        return values;
    }

    static Element declaration(Element root, String identifier) {
        for (Element d : QtiReader.elements(root, "responseDeclaration")) {
            if (QtiReader.attr(d, "identifier").equals(identifier)) {
                return d;
            }
        }
        return null;
    }

    static Key key(Element item, String responseIdentifier) {
        QtiProcessing reading = new QtiProcessing(responseIdentifier);
        Element processing = QtiReader.first(item, "responseProcessing");
        if (processing != null) {
            reading.walk(processing);
        }
        return new Key(List.copyOf(reading.values), reading.tolerance, reading.computed);
    }

    private void walk(Element e) {
        String name = QtiReader.name(e);
        if (name.equals("responseIf") || name.equals("responseElseIf")) {
            Element condition = firstElement(e);
            if (condition != null) {
                condition(condition, scores(e));
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(child);
            }
        }
    }

    /** Reads one comparison (or several under {@code or}); its fixed values count only in a scoring branch. */
    private void condition(Element condition, boolean scoring) {
        String name = QtiReader.name(condition);
        if (name.equals("or")) {
            for (Node n = condition.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element child) {
                    condition(child, scoring);
                }
            }
            return;
        }
        if (!(name.equals("equal") || name.equals("match") || name.equals("stringMatch"))) {
            return;
        }
        boolean ours = false;
        String fixed = null;
        boolean otherVariable = false;
        for (Node n = condition.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element operand) {
                String op = QtiReader.name(operand);
                if (op.equals("variable")
                        && QtiReader.attr(operand, "identifier").equals(response)) {
                    ours = true;
                } else if (op.equals("variable") || op.equals("correct")) {
                    otherVariable = true;
                } else if (op.equals("baseValue")) {
                    fixed = operand.getTextContent().strip();
                }
            }
        }
        if (!ours) {
            return;
        }
        if (fixed != null && !fixed.isEmpty()) {
            if (!scoring) {
                return;
            }
            if (!values.contains(fixed)) {
                values.add(fixed);
            }
            String mode = QtiReader.attr(condition, "toleranceMode");
            if (name.equals("equal") && mode.equals("absolute")) {
                try {
                    BigDecimal t = new BigDecimal(
                            QtiReader.attr(condition, "tolerance").strip().split("\\s+")[0]);
                    tolerance = tolerance == null ? t : tolerance.max(t);
                } catch (NumberFormatException e) {
                    // no usable tolerance: compared exactly
                }
            }
        } else if (otherVariable) {
            computed = true;
        }
    }

    /** Whether the branch sets SCORE to a positive fixed value. */
    private static boolean scores(Element branch) {
        for (Node n = branch.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element set
                    && QtiReader.name(set).equals("setOutcomeValue")
                    && QtiReader.attr(set, "identifier").equals("SCORE")) {
                Element value = QtiReader.first(set, "baseValue");
                try {
                    return value != null
                            && new BigDecimal(value.getTextContent().strip()).signum() > 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static Element firstElement(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                return child;
            }
        }
        return null;
    }
}
