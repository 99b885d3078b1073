package org.jianding.app.blueprints;

import java.util.List;
import org.jianding.bank.assembly.Diagnosis;
import org.jianding.bank.assembly.Shortfall;

/** The engine's diagnosis as pages and JSON show it: each row that cannot be met, in the engine's Chinese words. */
public record DiagnosisView(boolean proven, String summary, List<Shortfall> shortfalls) {

    public static DiagnosisView of(Diagnosis diagnosis) {
        return new DiagnosisView(diagnosis.proven(), diagnosis.summary(), diagnosis.shortfalls());
    }
}
