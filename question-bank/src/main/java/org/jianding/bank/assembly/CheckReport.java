package org.jianding.bank.assembly;

import java.util.List;

/** What the checker found wrong with a paper; empty when the paper meets its blueprint. */
public record CheckReport(List<String> violations) {

    public CheckReport {
        violations = List.copyOf(violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }
}
