package org.jianding.bank.assembly;

import java.util.List;

/**
 * Why no paper was produced. {@code proven} is true when the shortfalls show that no paper can exist; false when
 * the search ran out of its budget without finding one (then the shortfalls may be empty).
 */
public record Diagnosis(List<Shortfall> shortfalls, boolean proven, String summary) {

    public Diagnosis {
        shortfalls = List.copyOf(shortfalls);
    }

    public List<String> messages() {
        return shortfalls.stream().map(Shortfall::message).toList();
    }
}
