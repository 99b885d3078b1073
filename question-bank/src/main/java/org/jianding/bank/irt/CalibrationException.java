package org.jianding.bank.irt;

import java.util.List;

/** A calibration refused, with every reason (item index −1 for a reason about the whole data). */
public class CalibrationException extends IllegalArgumentException {

    /** Why: an item everyone got right or wrong or no one answered, too few items or persons, mixed anchors. */
    public enum Reason {
        ALL_RIGHT,
        ALL_WRONG,
        NO_RESPONSES,
        TOO_FEW_ITEMS,
        TOO_FEW_PERSONS,
        ANCHORS_NOT_RASCH
    }

    public record Problem(int item, Reason reason) {}

    private final transient List<Problem> problems;

    public CalibrationException(List<Problem> problems) {
        super("calibration refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
