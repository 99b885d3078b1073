package org.jianding.app.papers;

import org.jianding.app.blueprints.DiagnosisView;
import org.jianding.app.shared.DomainException;
import org.springframework.http.HttpStatus;

/** The bank cannot meet the blueprint: never a short paper; the diagnosis names each row and what it lacks. */
public class PaperInfeasibleException extends DomainException {

    private final transient DiagnosisView diagnosis;

    public PaperInfeasibleException(DiagnosisView diagnosis) {
        super(
                HttpStatus.CONFLICT,
                "paper.infeasible",
                String.join(
                        "；",
                        diagnosis.shortfalls().stream().map(s -> s.message()).toList()));
        this.diagnosis = diagnosis;
        getBody().setProperty("diagnosis", diagnosis);
    }

    public DiagnosisView diagnosis() {
        return diagnosis;
    }
}
