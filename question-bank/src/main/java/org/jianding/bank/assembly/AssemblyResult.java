package org.jianding.bank.assembly;

import java.util.Optional;

/** Either a paper that meets its blueprint exactly or a diagnosis; never a silently short paper. */
public record AssemblyResult(Paper paper, Diagnosis diagnosis) {

    public static AssemblyResult assembled(Paper paper) {
        return new AssemblyResult(paper, null);
    }

    public static AssemblyResult infeasible(Diagnosis diagnosis) {
        return new AssemblyResult(null, diagnosis);
    }

    public boolean isAssembled() {
        return paper != null;
    }

    public Optional<Paper> paperIfAny() {
        return Optional.ofNullable(paper);
    }

    public Optional<Diagnosis> diagnosisIfAny() {
        return Optional.ofNullable(diagnosis);
    }
}
