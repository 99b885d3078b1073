package org.jianding.app.blueprints;

import java.util.List;
import org.jianding.app.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A blueprint refused on save; carries one problem per section, row or group (also in the ProblemDetail). */
public class InvalidBlueprintException extends DomainException {

    private final transient List<BlueprintProblem> problems;

    public InvalidBlueprintException(List<BlueprintProblem> problems) {
        super(HttpStatus.BAD_REQUEST, "blueprint.invalid", problems.size());
        this.problems = List.copyOf(problems);
        getBody().setProperty("problems", this.problems);
    }

    public List<BlueprintProblem> problems() {
        return problems;
    }
}
