package org.jianding.app.blueprints;

import org.jianding.app.accounts.Post;
import org.jianding.bank.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Saves the {@link DefaultBlueprints} for every post and level that has no blueprint yet. Called with the demo data at
 * startup (not from a migration: the defaults are meant to be edited, and a migration cannot run the validator or
 * know the knowledge tree as edited since).
 */
@Service
public class DefaultBlueprintSeeder {

    private static final Logger log = LoggerFactory.getLogger(DefaultBlueprintSeeder.class);

    private final Blueprints blueprints;

    DefaultBlueprintSeeder(Blueprints blueprints) {
        this.blueprints = blueprints;
    }

    /** Seeds the missing defaults as {@code userId}; returns how many were saved. */
    public int seedMissing(long userId) {
        int saved = 0;
        for (Post post : blueprints.posts()) {
            for (Level level : Level.values()) {
                if (blueprints.current(post.id(), level).isEmpty()) {
                    try {
                        blueprints.save(post.id(), level, DefaultBlueprints.of(post.name(), level), "默认比重表", userId);
                        saved++;
                    } catch (InvalidBlueprintException e) {
                        log.warn(
                                "Default blueprint for {} {} does not fit the knowledge tree: {}",
                                post.name(),
                                level,
                                e.problems());
                    }
                }
            }
        }
        return saved;
    }
}
