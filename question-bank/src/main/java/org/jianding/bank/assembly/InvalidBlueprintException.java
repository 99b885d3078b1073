package org.jianding.bank.assembly;

import java.util.List;

/** A blueprint that contradicts itself; one plain Chinese message per problem, in row order. */
public class InvalidBlueprintException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidBlueprintException(List<String> problems) {
        super("比重表有误：" + String.join("；", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
