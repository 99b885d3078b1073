package org.jianding.app.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.app.blueprints.ItemCalibrations;
import org.jianding.bank.irt.ItemParameters;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The kept calibrations for blueprints' test information targets (read-only). */
@Component
@Transactional(readOnly = true)
class CalibratedItems implements ItemCalibrations {

    private final CalibrationRepository repository;

    CalibratedItems(CalibrationRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<CalibrationChoice> choices() {
        Map<Long, Integer> counts = repository.itemCounts();
        return repository.list().stream()
                .map(c -> new CalibrationChoice(
                        c.id(), c.title(), c.model().name(), counts.getOrDefault(c.id(), 0), c.createdAt()))
                .toList();
    }

    @Override
    public Optional<Map<Long, ItemParameters>> parameters(long calibrationId) {
        return repository.find(calibrationId).map(c -> {
            Map<Long, ItemParameters> byQuestion = new LinkedHashMap<>();
            c.items().forEach(i -> byQuestion.put(i.questionId(), new ItemParameters(i.a(), i.d())));
            return byQuestion;
        });
    }

    @Override
    public Optional<CalibrationStamp> stamp(long calibrationId) {
        return repository.stamp(calibrationId);
    }
}
