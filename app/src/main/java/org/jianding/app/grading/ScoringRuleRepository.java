package org.jianding.app.grading;

import static org.jianding.app.grading.db.Tables.SCORING_RULE;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.app.grading.db.tables.records.ScoringRuleRecord;
import org.jianding.bank.Level;
import org.jianding.bank.marking.ChoiceCredit;
import org.jianding.bank.marking.ScoringRule;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ScoringRuleRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;

    ScoringRuleRepository(DSLContext db) {
        this.db = db;
    }

    Optional<ScoringRuleVersion> current(long postId, Level level) {
        return db.selectFrom(SCORING_RULE)
                .where(SCORING_RULE.POST_ID.eq(postId).and(SCORING_RULE.LEVEL_RANK.eq((byte) level.rank())))
                .orderBy(SCORING_RULE.VERSION_NO.desc())
                .limit(1)
                .fetchOptional(ScoringRuleRepository::toVersion);
    }

    Optional<ScoringRuleVersion> find(long id) {
        return db.selectFrom(SCORING_RULE)
                .where(SCORING_RULE.ID.eq(id))
                .fetchOptional(ScoringRuleRepository::toVersion);
    }

    List<ScoringRuleVersion> versions(long postId, Level level) {
        return db.selectFrom(SCORING_RULE)
                .where(SCORING_RULE.POST_ID.eq(postId).and(SCORING_RULE.LEVEL_RANK.eq((byte) level.rank())))
                .orderBy(SCORING_RULE.VERSION_NO.desc())
                .fetch(ScoringRuleRepository::toVersion);
    }

    List<ScoringRuleVersion> currentAll() {
        return db.selectFrom(SCORING_RULE)
                .orderBy(SCORING_RULE.POST_ID, SCORING_RULE.LEVEL_RANK.desc(), SCORING_RULE.VERSION_NO.desc())
                .fetch(ScoringRuleRepository::toVersion);
    }

    long insert(
            long postId,
            Level level,
            int areaDepth,
            ScoringRule rule,
            ChoiceCredit credit,
            String note,
            Long userId,
            Instant now) {
        Integer last = db.select(org.jooq.impl.DSL.max(SCORING_RULE.VERSION_NO))
                .from(SCORING_RULE)
                .where(SCORING_RULE.POST_ID.eq(postId).and(SCORING_RULE.LEVEL_RANK.eq((byte) level.rank())))
                .fetchOne(0, Integer.class);
        var r = db.newRecord(SCORING_RULE);
        r.setPostId(postId);
        r.setLevelRank((byte) level.rank());
        r.setVersionNo(last == null ? 1 : last + 1);
        r.setAreaDepth(areaDepth);
        Map<String, String> weights = new LinkedHashMap<>();
        rule.weights().forEach((area, w) -> weights.put(area, w.toPlainString()));
        r.setWeights(JSON.writeValueAsString(weights));
        r.setPassMark(rule.passMark());
        r.setChoiceCredit(credit.mode().name());
        r.setChoiceFraction(credit.fraction());
        r.setNote(note);
        r.setCreatedBy(userId);
        r.setCreatedAt(now);
        r.store();
        return r.getId();
    }

    static ScoringRuleVersion toVersion(ScoringRuleRecord r) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        JsonNode node = JSON.readTree(r.getWeights());
        node.properties()
                .forEach(
                        e -> weights.put(e.getKey(), new BigDecimal(e.getValue().asString())));
        return new ScoringRuleVersion(
                r.getId(),
                r.getPostId(),
                Level.ofRank(r.getLevelRank()).orElseThrow(),
                r.getVersionNo(),
                r.getAreaDepth(),
                new ScoringRule(weights, r.getPassMark()),
                new ChoiceCredit(ChoiceCredit.Mode.valueOf(r.getChoiceCredit()), r.getChoiceFraction()),
                r.getNote(),
                r.getCreatedBy(),
                r.getCreatedAt());
    }
}
