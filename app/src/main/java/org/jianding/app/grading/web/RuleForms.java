package org.jianding.app.grading.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.marking.ChoiceCredit;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads the numbers of a scoring-rule form or request; a value that is not a number is refused by name (an area code,
 * a request's field, or a form field's words, which are resolved in the reader's language).
 */
final class RuleForms {

    private RuleForms() {}

    static BigDecimal number(String text, Object field) {
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
        BigDecimal f = number(fraction, new DefaultMessageSourceResolvable("results.rule.field.fraction"));
        if (m == ChoiceCredit.Mode.SUBSET_FRACTION
                && (f == null || f.signum() <= 0 || f.compareTo(BigDecimal.ONE) >= 0)) {
            throw DomainException.badRequest(
                    "grading.rule.invalid",
                    new DefaultMessageSourceResolvable(
                            new String[] {"results.rule.fractionRange"}, new Object[] {String.valueOf(f)}));
        }
        try {
            return new ChoiceCredit(m, f);
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("grading.rule.invalid", e.getMessage());
        }
    }
}
