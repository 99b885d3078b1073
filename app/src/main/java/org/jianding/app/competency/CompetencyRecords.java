package org.jianding.app.competency;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's competency profiles: per item of the model version current at {@code asOf}, the latest value recorded
 * at or before it (derived or assessed, whichever is newer), against the standard of that version for the post and
 * level. A knowledge score below the lowest band leaves the item without an assessed level; its source says so.
 */
@Service
@Transactional(readOnly = true)
public class CompetencyRecords implements CompetencyProfiles {

    private final CompetencyModels models;
    private final ValueRepository values;
    private final Accounts accounts;

    CompetencyRecords(CompetencyModels models, ValueRepository values, Accounts accounts) {
        this.models = models;
        this.values = values;
        this.accounts = accounts;
    }

    @Override
    public CompetencyProfile profile(long userId, long postId, Level level, Instant asOf) {
        CompetencyModel model = models.at(asOf);
        return profile(model, userId, post(postId), level, asOf, latestPerItem(values.ofPerson(userId, asOf)));
    }

    static CompetencyProfile profile(
            CompetencyModel model,
            long userId,
            Post post,
            Level level,
            Instant asOf,
            Map<String, CompetencyValue> latest) {
        List<CompetencyProfile.Item> items = model.items().stream()
                .map(item -> {
                    CompetencyValue v = latest.get(item.code());
                    return new CompetencyProfile.Item(
                            item.code(),
                            item.name(),
                            model.className(item),
                            v == null ? null : v.level(),
                            model.standard(post.code(), level, item.code()),
                            v == null ? null : source(v));
                })
                .toList();
        return new CompetencyProfile(model.version(), userId, post.id(), level, asOf, items);
    }

    /** How a value is named as the source of an item: "成绩 <session>" or the assessor's name. */
    static String source(CompetencyValue v) {
        if (v.source() == ValueSource.ASSESSOR) {
            return v.sourceLabel();
        }
        String s = "成绩 " + v.sourceLabel();
        return v.level() == null ? s + "（标准分 " + v.score().toPlainString() + "，未达初级）" : s;
    }

    /** The newest value per item of values listed newest first. */
    static Map<String, CompetencyValue> latestPerItem(List<CompetencyValue> newestFirst) {
        Map<String, CompetencyValue> latest = new HashMap<>();
        newestFirst.forEach(v -> latest.putIfAbsent(v.itemCode(), v));
        return latest;
    }

    Post post(long postId) {
        return accounts.posts().stream()
                .filter(p -> p.id() == postId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("competency.post.notFound", postId));
    }
}
