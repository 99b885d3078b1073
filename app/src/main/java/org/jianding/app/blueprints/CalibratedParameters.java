package org.jianding.app.blueprints;

import java.util.List;
import java.util.Map;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.irt.ItemParameters;

/**
 * The item parameters of one calibration as read, with the fingerprint they were read at: what a test information
 * target puts onto the bank's engine items. Cached by {@link InformationTargets} while the fingerprint holds; a
 * prepared assembly on these parameters is cached by {@link BankSnapshots} under the blueprint and the fingerprint.
 */
record CalibratedParameters(ItemCalibrations.CalibrationStamp stamp, Map<Long, ItemParameters> byQuestion) {

    CalibratedParameters {
        byQuestion = Map.copyOf(byQuestion);
    }

    /** The engine item with its parameters from this calibration; as it is when the calibration did not cover it. */
    AssemblyItem onto(AssemblyItem item) {
        ItemParameters p = byQuestion.get(Long.parseLong(item.id()));
        return p == null ? item : item.withIrt(p);
    }

    List<AssemblyItem> onto(List<AssemblyItem> items) {
        return items.stream().map(this::onto).toList();
    }
}
