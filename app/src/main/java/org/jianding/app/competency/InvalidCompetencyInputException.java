package org.jianding.app.competency;

import java.util.List;
import org.jianding.app.shared.DomainException;
import org.springframework.http.HttpStatus;

/** An edited model or an assessment refused on save; carries every problem at once (also in the ProblemDetail). */
public class InvalidCompetencyInputException extends DomainException {

    private final transient List<CompetencyProblem> problems;

    InvalidCompetencyInputException(List<CompetencyProblem> problems) {
        super(HttpStatus.BAD_REQUEST, "competency.invalid", problems.size());
        this.problems = List.copyOf(problems);
        getBody().setProperty("problems", this.problems);
    }

    public List<CompetencyProblem> problems() {
        return problems;
    }
}
