package org.jianding.app.competency;

import java.math.BigDecimal;
import java.time.Instant;
import org.jianding.bank.Level;

/**
 * One value of a person's record: an item's level as derived from a released result or assessed by an assessor,
 * with the model version it was made under. Values are never changed; a newer value supersedes an older one.
 *
 * @param level null when a knowledge score stayed below the lowest band (未达初级)
 * @param sourceLabel the exam session title or the assessor's name at the time
 * @param attemptId EXAM: the result (attempt) it was derived from
 * @param score EXAM: the item's score out of 100
 */
public record CompetencyValue(
        long id,
        long userId,
        String itemCode,
        Level level,
        ValueSource source,
        String sourceLabel,
        Long attemptId,
        Integer resultRevision,
        BigDecimal score,
        Long assessorId,
        String evidence,
        int modelVersion,
        Instant recordedAt) {}
