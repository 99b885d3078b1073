package org.jianding.app.blueprints;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.bank.irt.ItemParameters;

/**
 * The kept IRT calibrations as blueprints need them for a test information target: which exist, and the item
 * parameters of one, by question. Implemented by the statistics module, which keeps them (it depends on this module,
 * not the other way round).
 */
public interface ItemCalibrations {

    /** A calibration to choose in the editor: its title, model (RASCH, TWO_PL), questions calibrated and when. */
    record CalibrationChoice(long id, String title, String model, int items, Instant createdAt) {}

    /** Every kept calibration, newest first. */
    List<CalibrationChoice> choices();

    /** The calibration's item parameters by question id; empty when there is no such calibration. */
    Optional<Map<Long, ItemParameters>> parameters(long calibrationId);

    /**
     * A cheap fingerprint of a calibration's parameters (one aggregate query): how many, and the sums of their question
     * ids, a and d. The application never changes a kept calibration, but its rows can be removed or edited by hand;
     * a different fingerprint tells a cache to read the parameters again.
     */
    record CalibrationStamp(long calibrationId, int items, long questionIdSum, double aSum, double dSum) {}

    /** The fingerprint of the calibration's parameters now; empty when there is no such calibration. */
    Optional<CalibrationStamp> stamp(long calibrationId);
}
