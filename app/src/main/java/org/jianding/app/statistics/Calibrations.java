package org.jianding.app.statistics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jianding.app.grading.ItemMarks;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.irt.CalibrationException;
import org.jianding.bank.irt.CalibrationResult;
import org.jianding.bank.irt.DichotomousResponses;
import org.jianding.bank.irt.IrtModel;
import org.jianding.bank.irt.ItemFit;
import org.jianding.bank.irt.ItemParameters;
import org.jianding.bank.irt.MmlCalibration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Rasch / 2PL calibration of the questions of one or more sessions from their scored attempts (the item marks grading
 * keeps, read through {@link ItemMarks}, one person per attempt, one item per question), kept for equating. A mark
 * counts as right only at the question's full points (partial credit counts as wrong); a question an attempt did not
 * have is missing. Questions everyone got right or wrong are left out and listed. With an anchor calibration, every
 * question it calibrated keeps its parameters (fixed-parameter calibration), so the others land on its scale.
 */
@Service
class Calibrations {

    /** What to calibrate. */
    record Request(String title, IrtModel model, List<Long> sessionIds, Long anchorCalibrationId) {}

    /** A calibration just run and kept, with each attempt's EAP ability and posterior SD (not kept). */
    record Run(Calibration calibration, List<Ability> abilities) {}

    record Ability(long attemptId, double eap, double psd) {}

    static final int MAX_SESSIONS = 50;

    private final ItemMarks itemMarks;
    private final CalibrationRepository repository;
    private final Clock clock;
    private final int minCandidates;

    Calibrations(
            ItemMarks itemMarks,
            CalibrationRepository repository,
            Clock clock,
            @Value("${jianding.statistics.calibration.min-candidates:100}") int minCandidates) {
        this.itemMarks = itemMarks;
        this.repository = repository;
        this.clock = clock;
        this.minCandidates = minCandidates;
    }

    Calibration get(long id) {
        return repository.find(id).orElseThrow(() -> DomainException.notFound("calibration.notFound", id));
    }

    List<Calibration> list() {
        return repository.list();
    }

    /** Reads the marks, calibrates outside any transaction and keeps the result in one (the repository's). */
    Run run(Request request, String officer) {
        List<Long> sessions =
                new ArrayList<>(new LinkedHashSet<>(request.sessionIds() == null ? List.of() : request.sessionIds()));
        if (sessions.isEmpty()) {
            throw DomainException.badRequest("calibration.sessions.missing");
        }
        if (sessions.size() > MAX_SESSIONS) {
            throw DomainException.badRequest("calibration.sessions.tooMany", MAX_SESSIONS);
        }
        IrtModel model = request.model() == null ? IrtModel.TWO_PL : request.model();
        Calibration anchor = request.anchorCalibrationId() == null ? null : get(request.anchorCalibrationId());
        // one row per scored attempt, one column per question in the order met
        Map<Long, Integer> column = new LinkedHashMap<>();
        Map<Long, Map<Long, Byte>> byAttempt = new LinkedHashMap<>();
        for (long sessionId : sessions) {
            for (ItemMarks.Mark m : itemMarks.ofSession(sessionId).marks()) {
                column.putIfAbsent(m.questionId(), column.size());
                byte right = DichotomousResponses.fullMarks(m.earned(), m.maxPoints());
                byAttempt
                        .computeIfAbsent(m.attemptId(), a -> new HashMap<>())
                        .merge(m.questionId(), right, (x, y) -> y);
            }
        }
        if (byAttempt.size() < minCandidates) {
            throw DomainException.badRequest("calibration.tooFew", byAttempt.size(), minCandidates);
        }
        List<Long> questions = new ArrayList<>(column.keySet());
        Map<Long, ItemParameters> anchored = new HashMap<>();
        if (anchor != null) {
            anchor.items().forEach(i -> {
                if (column.containsKey(i.questionId())) {
                    anchored.put(i.questionId(), new ItemParameters(i.a(), i.d()));
                }
            });
            if (anchored.isEmpty()) {
                throw DomainException.badRequest("calibration.anchors.none", anchor.id());
            }
        }
        // leave out questions everyone got right or wrong (their parameters would run off to infinity)
        DichotomousResponses all = responses(questions, byAttempt);
        List<Calibration.Excluded> excluded = new ArrayList<>();
        for (CalibrationException.Problem p : MmlCalibration.problems(all, model, anchors(questions, anchored))) {
            if (p.item() >= 0) {
                excluded.add(new Calibration.Excluded(
                        questions.get(p.item()), p.reason().name()));
            }
        }
        List<Long> kept = questions.stream()
                .filter(q -> excluded.stream().noneMatch(e -> e.questionId() == q))
                .toList();
        if (kept.isEmpty()) {
            throw DomainException.badRequest("calibration.problem.TOO_FEW_ITEMS");
        }
        DichotomousResponses data = responses(kept, byAttempt);
        CalibrationResult result;
        try {
            result = MmlCalibration.calibrate(data, model, anchors(kept, anchored), MmlCalibration.Options.DEFAULT);
        } catch (CalibrationException e) {
            throw DomainException.badRequest(
                    "calibration.problem." + e.problems().get(0).reason().name());
        }
        ItemFit.Result itemFit = ItemFit.sx2(data, result);
        List<Calibration.ItemParameters> items = new ArrayList<>();
        for (CalibrationResult.Item i : result.items()) {
            ItemFit.Item f = itemFit.items().get(i.item());
            items.add(new Calibration.ItemParameters(
                    kept.get(i.item()),
                    i.item() + 1,
                    i.a(),
                    i.d(),
                    i.b(),
                    i.seA(),
                    i.seD(),
                    i.seB(),
                    i.anchored(),
                    (int) Math.round(i.responses()),
                    i.proportionRight(),
                    f.sx2(),
                    f.df(),
                    f.p()));
        }
        var fit = result.fit();
        var population = result.population();
        String title = request.title() == null || request.title().isBlank()
                ? model.name() + " " + sessions
                : request.title().strip();
        Calibration calibration = new Calibration(
                0,
                title.length() > 200 ? title.substring(0, 200) : title,
                model,
                sessions,
                anchor == null ? null : anchor.id(),
                fit.persons(),
                fit.logLikelihood(),
                fit.parameters(),
                fit.aic(),
                fit.bic(),
                fit.cycles(),
                fit.converged(),
                fit.quadraturePoints(),
                population.mean(),
                population.sd(),
                population.seMean(),
                population.seSd(),
                excluded,
                officer,
                clock.instant(),
                items,
                itemFit.persons());
        long id = repository.insert(calibration);
        List<Long> attempts = new ArrayList<>(byAttempt.keySet());
        List<Ability> abilities = new ArrayList<>();
        for (int p = 0; p < attempts.size(); p++) {
            CalibrationResult.Ability a = result.abilities().get(p);
            if (a != null) {
                abilities.add(new Ability(attempts.get(p), a.eap(), a.psd()));
            }
        }
        return new Run(get(id), abilities);
    }

    private static DichotomousResponses responses(List<Long> questions, Map<Long, Map<Long, Byte>> byAttempt) {
        DichotomousResponses data = new DichotomousResponses(questions.size());
        for (Map<Long, Byte> marks : byAttempt.values()) {
            byte[] row = new byte[questions.size()];
            java.util.Arrays.fill(row, DichotomousResponses.MISSING);
            for (int c = 0; c < questions.size(); c++) {
                row[c] = marks.getOrDefault(questions.get(c), DichotomousResponses.MISSING);
            }
            data.add(row);
        }
        return data;
    }

    private static Map<Integer, ItemParameters> anchors(List<Long> questions, Map<Long, ItemParameters> anchored) {
        Map<Integer, ItemParameters> anchors = new HashMap<>();
        for (int c = 0; c < questions.size(); c++) {
            ItemParameters p = anchored.get(questions.get(c));
            if (p != null) {
                anchors.put(c, p);
            }
        }
        return anchors;
    }
}
