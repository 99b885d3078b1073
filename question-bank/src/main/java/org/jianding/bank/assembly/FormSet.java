package org.jianding.bank.assembly;

import java.util.List;
import java.util.Map;

/**
 * The forms of a session, the expected score they were evened to, and for each candidate who got no form the
 * diagnosis why.
 */
public record FormSet(List<Form> forms, double targetExpectedScore, Map<String, Diagnosis> failures) {

    public FormSet {
        forms = List.copyOf(forms);
        failures = Map.copyOf(failures);
    }

    public boolean complete() {
        return failures.isEmpty();
    }
}
