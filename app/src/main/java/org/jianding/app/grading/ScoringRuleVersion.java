package org.jianding.app.grading;

import java.time.Instant;
import org.jianding.bank.Level;
import org.jianding.bank.marking.ChoiceCredit;
import org.jianding.bank.marking.ScoringRule;

/** One stored version of the scoring rule of a post and level; never changed, since results cite it. */
public record ScoringRuleVersion(
        long id,
        long postId,
        Level level,
        int versionNo,
        int areaDepth,
        ScoringRule rule,
        ChoiceCredit choiceCredit,
        String note,
        Long createdById,
        Instant createdAt) {}
