package org.jianding.bank.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The key of a text entry as an item's own response processing states it, when the response declaration has no
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
