package org.jianding.bank.item;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs a construction that must fail and hands back what it complained about. */
final class Invalid {

    private Invalid() {}

    static List<Problem> problemsOf(ThrowingCallable construction) {
        InvalidQuestionException thrown = catchThrowableOfType(InvalidQuestionException.class, construction);
        if (thrown == null) {
            throw new AssertionError("expected an InvalidQuestionException, but the construction succeeded");
        }
        return thrown.problems();
    }

    static Problem problem(String field, String message) {
        return new Problem(field, message);
    }
}
