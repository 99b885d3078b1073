package org.jianding.app.grading.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.marking.ChoiceCredit;

/** Reads the numbers of a scoring-rule form or request; a value that is not a number is refused by name. */
final class RuleForms {

    private RuleForms() {}

    static BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.badRequest("results.rule.notANumber", field, text);
        }
    }

    /** Weights by area code; blank fields are left out (the area is not weighed). */
    static Map<String, BigDecimal> weights(Map<String, String> byCode) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        byCode.forEach((code, text) -> {
            BigDecimal w = number(text, code);
            if (w != null) {
                weights.put(code, w);
            }
        });
        return weights;
    }

    static ChoiceCredit credit(String mode, String fraction) {
        ChoiceCredit.Mode m;
        try {
            m = mode == null || mode.isBlank() ? ChoiceCredit.Mode.ALL_OR_NOTHING : ChoiceCredit.Mode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("results.rule.creditUnknown", mode);
        }
        try {
            return new ChoiceCredit(m, number(fraction, "少选得分比例"));
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("grading.rule.invalid", e.getMessage());
        }
    }
}
