package org.jianding.app.competency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.bank.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves version 1 of the model at first start from {@code classpath:competency/model-v1.json} (a resource rather
 * than a migration, so the same text serves H2 and MariaDB and the standard grid is expanded over the posts the
 * database has). The standard of an item is the certification level, moved one step up or down (never past 资深 or
 * 初级) where the file's {@code standardAdjustments} say so for a post. Two nodes starting at once both try version
 * 1; the primary key keeps one.
 */
@Component
@Order(0)
class ModelSeeder implements ApplicationRunner {

    static final String RESOURCE = "competency/model-v1.json";
    private static final Logger log = LoggerFactory.getLogger(ModelSeeder.class);

    /** The seed file: the stored definition with standards as per-post adjustments. */
    record SeedFile(
            List<ItemClass> classes,
            List<ModelItem> items,
            Map<Level, BigDecimal> bands,
            Map<String, Map<String, Integer>> standardAdjustments) {}

    private final ModelRepository models;
    private final Accounts accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ModelSeeder(ModelRepository models, Accounts accounts, TransactionTemplate transactions, Clock clock) {
        this.models = models;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seedIfEmpty();
    }

    void seedIfEmpty() {
        if (Boolean.TRUE.equals(transactions.execute(status -> models.any()))) {
            return;
        }
        ModelRepository.Definition definition = definition(read(), accounts.posts());
        try {
            transactions.executeWithoutResult(
                    status -> models.insert(1, definition, "初始版本：依据政企客户部能力素质模型", null, clock.instant()));
            log.info(
                    "Competency model version 1 saved ({} items)",
                    definition.items().size());
        } catch (DuplicateKeyException e) {
            log.info("Competency model version 1 was saved by another node");
        }
    }

    static SeedFile read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return ModelRepository.JSON.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModelRepository.Definition definition(SeedFile seed, List<Post> posts) {
        Map<String, Map<Level, Map<String, Level>>> standards = new LinkedHashMap<>();
        for (Post post : posts) {
            Map<String, Integer> shifts = seed.standardAdjustments().getOrDefault(post.code(), Map.of());
            Map<Level, Map<String, Level>> byLevel = new LinkedHashMap<>();
            for (Level level : Level.values()) {
                Map<String, Level> byItem = new HashMap<>();
                for (ModelItem item : seed.items()) {
                    byItem.put(item.code(), shifted(level, shifts.getOrDefault(item.code(), 0)));
                }
                byLevel.put(level, byItem);
            }
            standards.put(post.code(), byLevel);
        }
        return new ModelRepository.Definition(seed.classes(), seed.items(), seed.bands(), standards);
    }

    /** A step up is one rank down (资深 is rank 1); clamped to 资深 … 初级. */
    static Level shifted(Level level, int steps) {
        int rank = Math.max(1, Math.min(4, level.rank() - steps));
        return Level.ofRank(rank).orElseThrow();
    }
}
