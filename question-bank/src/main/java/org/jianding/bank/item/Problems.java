package org.jianding.bank.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects problems while a record checks itself, so that its constructor can report all of them at once. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(new Problem(field, message));
    }

    void addWithin(String prefix, List<Problem> problems) {
        problems.forEach(p -> found.add(p.within(prefix)));
    }

    /** A null list counts as empty and null elements are dropped with a problem, so checks can go on. */
    <T> List<T> list(List<T> values, String field, String what) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            add(field, what + "中有空项");
        }
        return values.stream().filter(Objects::nonNull).toList();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidQuestionException(found);
        }
    }
}
