package org.jianding.app.competency;

import java.util.List;

/**
 * One reason an edited model or an assessment cannot be saved, attached to the field the user must change.
 *
 * @param field the form field, e.g. {@code item.MARKETING.name} or {@code note}; {@code general} for the whole form
 * @param code the message code, resolved with {@code args} in the user's language
 */
public record CompetencyProblem(String field, String code, List<Object> args) {

    public CompetencyProblem {
        args = List.copyOf(args);
    }

    static CompetencyProblem of(String field, String code, Object... args) {
        return new CompetencyProblem(field, code, List.of(args));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
