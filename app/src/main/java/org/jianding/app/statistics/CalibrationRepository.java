package org.jianding.app.statistics;

import static org.jianding.app.statistics.db.Tables.IRT_CALIBRATION;
import static org.jianding.app.statistics.db.Tables.IRT_ITEM_PARAMETER;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jianding.app.blueprints.ItemCalibrations.CalibrationStamp;
import org.jianding.app.statistics.db.tables.records.IrtCalibrationRecord;
import org.jianding.bank.irt.IrtModel;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Kept calibrations and their item parameters (tables irt_calibration, irt_item_parameter). */
@Repository
class CalibrationRepository {

    private final DSLContext db;

    CalibrationRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores the calibration (its id is ignored) with its items and returns the id given. */
    @Transactional
    long insert(Calibration c) {
        IrtCalibrationRecord row = db.newRecord(IRT_CALIBRATION);
        row.setTitle(c.title());
        row.setModel(c.model().name());
        row.setSessionIds(c.sessionIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        row.setAnchorCalibrationId(c.anchorCalibrationId());
        row.setPersons(c.persons());
        row.setLogLikelihood(c.logLikelihood());
        row.setParameters(c.parameters());
        row.setAic(c.aic());
        row.setBic(c.bic());
        row.setCycles(c.cycles());
        row.setConverged(c.converged());
        row.setQuadraturePoints(c.quadraturePoints());
        row.setAbilityMean(c.abilityMean());
        row.setAbilitySd(c.abilitySd());
        row.setAbilityMeanSe(c.abilityMeanSe());
        row.setAbilitySdSe(c.abilitySdSe());
        row.setExcluded(c.excluded().stream()
                .map(e -> e.questionId() + ":" + e.reason())
                .collect(Collectors.joining(",")));
        row.setCreatedBy(c.createdBy());
        row.setCreatedAt(c.createdAt());
        row.setFitPersons(c.fitPersons());
        row.store();
        long id = row.getId();
        var insert = db.insertInto(
                IRT_ITEM_PARAMETER,
                IRT_ITEM_PARAMETER.CALIBRATION_ID,
                IRT_ITEM_PARAMETER.QUESTION_ID,
                IRT_ITEM_PARAMETER.POSITION,
                IRT_ITEM_PARAMETER.A,
                IRT_ITEM_PARAMETER.D,
                IRT_ITEM_PARAMETER.B,
                IRT_ITEM_PARAMETER.SE_A,
                IRT_ITEM_PARAMETER.SE_D,
                IRT_ITEM_PARAMETER.SE_B,
                IRT_ITEM_PARAMETER.ANCHORED,
                IRT_ITEM_PARAMETER.RESPONSES,
                IRT_ITEM_PARAMETER.PROPORTION_RIGHT,
                IRT_ITEM_PARAMETER.FIT_SX2,
                IRT_ITEM_PARAMETER.FIT_DF,
                IRT_ITEM_PARAMETER.FIT_P);
        for (Calibration.ItemParameters i : c.items()) {
            insert = insert.values(
                    id,
                    i.questionId(),
                    i.position(),
                    i.a(),
                    i.d(),
                    i.b(),
                    i.seA(),
                    i.seD(),
                    i.seB(),
                    i.anchored(),
                    i.responses(),
                    i.proportionRight(),
                    i.fitSx2(),
                    i.fitDf(),
                    i.fitP());
        }
        insert.execute();
        return id;
    }

    Optional<Calibration> find(long id) {
        return db.selectFrom(IRT_CALIBRATION)
                .where(IRT_CALIBRATION.ID.eq(id))
                .fetchOptional()
                .map(row -> of(row, items(id)));
    }

    /** Count and sums of the calibration's item parameters (question id, a, d); empty when there is no such one. */
    Optional<CalibrationStamp> stamp(long id) {
        var p = IRT_ITEM_PARAMETER;
        return db.select(DSL.count(p.QUESTION_ID), DSL.sum(p.QUESTION_ID), DSL.sum(p.A), DSL.sum(p.D))
                .from(IRT_CALIBRATION)
                .leftJoin(p)
                .on(p.CALIBRATION_ID.eq(IRT_CALIBRATION.ID))
                .where(IRT_CALIBRATION.ID.eq(id))
                .groupBy(IRT_CALIBRATION.ID)
                .fetchOptional(r -> new CalibrationStamp(
                        id,
                        r.value1(),
                        r.value2() == null ? 0 : r.value2().longValue(),
                        r.value3() == null ? 0 : r.value3().doubleValue(),
                        r.value4() == null ? 0 : r.value4().doubleValue()));
    }

    /** Every calibration, newest first, without its items. */
    List<Calibration> list() {
        return db.selectFrom(IRT_CALIBRATION).orderBy(IRT_CALIBRATION.ID.desc()).fetch(row -> of(row, List.of()));
    }

    /** How many questions each calibration has parameters for. */
    java.util.Map<Long, Integer> itemCounts() {
        return db.select(IRT_ITEM_PARAMETER.CALIBRATION_ID, org.jooq.impl.DSL.count())
                .from(IRT_ITEM_PARAMETER)
                .groupBy(IRT_ITEM_PARAMETER.CALIBRATION_ID)
                .fetchMap(IRT_ITEM_PARAMETER.CALIBRATION_ID, org.jooq.impl.DSL.count());
    }

    private List<Calibration.ItemParameters> items(long id) {
        return db.selectFrom(IRT_ITEM_PARAMETER)
                .where(IRT_ITEM_PARAMETER.CALIBRATION_ID.eq(id))
                .orderBy(IRT_ITEM_PARAMETER.POSITION)
                .fetch(r -> new Calibration.ItemParameters(
                        r.getQuestionId(),
                        r.getPosition(),
                        r.getA(),
                        r.getD(),
                        r.getB(),
                        r.getSeA(),
                        r.getSeD(),
                        r.getSeB(),
                        r.getAnchored(),
                        r.getResponses(),
                        r.getProportionRight(),
                        r.getFitSx2(),
                        r.getFitDf(),
                        r.getFitP()));
    }

    private static Calibration of(IrtCalibrationRecord row, List<Calibration.ItemParameters> items) {
        List<Calibration.Excluded> excluded = row.getExcluded().isEmpty()
                ? List.of()
                : Arrays.stream(row.getExcluded().split(","))
                        .map(e -> new Calibration.Excluded(
                                Long.parseLong(e.substring(0, e.indexOf(':'))), e.substring(e.indexOf(':') + 1)))
                        .toList();
        return new Calibration(
                row.getId(),
                row.getTitle(),
                IrtModel.valueOf(row.getModel()),
                Arrays.stream(row.getSessionIds().split(",")).map(Long::valueOf).toList(),
                row.getAnchorCalibrationId(),
                row.getPersons(),
                row.getLogLikelihood(),
                row.getParameters(),
                row.getAic(),
                row.getBic(),
                row.getCycles(),
                row.getConverged(),
                row.getQuadraturePoints(),
                row.getAbilityMean(),
                row.getAbilitySd(),
                row.getAbilityMeanSe(),
                row.getAbilitySdSe(),
                excluded,
                row.getCreatedBy(),
                row.getCreatedAt(),
                items,
                row.getFitPersons());
    }
}
