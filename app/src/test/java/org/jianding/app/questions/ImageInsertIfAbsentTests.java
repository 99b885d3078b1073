package org.jianding.app.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.testsupport.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same image stored again, or by several uploads at once, keeps one row and fails none of them: the portable
 * insert-if-absent ({@link org.jianding.app.shared.DuplicateKeys}). jOOQ's emulation of "insert ignore" on H2 is a
 * MERGE matched on the primary key only, so a second upload of an image (unique by its hash) failed with a
 * duplicate key there, and two at once could both pass the check.
 */
@SpringBootTest
class ImageInsertIfAbsentTests {

    @Autowired
    QuestionImageRepository images;

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void storingTheSameImageAgainKeepsTheFirst() {
        long admin = accounts.findByEmployeeNo(Demo.ADMIN).orElseThrow().id();
        String sha = randomSha();
        transactions.executeWithoutResult(s -> images.insert(sha, "image/png", new byte[] {1}, admin, Instant.now()));
        transactions.executeWithoutResult(s -> images.insert(sha, "image/png", new byte[] {2}, admin, Instant.now()));
        assertThat(images.find(sha).orElseThrow().bytes()).containsExactly(1);
    }

    @Test
    void severalUploadsOfOneImageAtOnceStoreItOnceWithoutFailing() throws Exception {
        long admin = accounts.findByEmployeeNo(Demo.ADMIN).orElseThrow().id();
        int uploads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        try {
            for (int round = 0; round < 5; round++) {
                String sha = randomSha();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (int u = 0; u < uploads; u++) {
                    done.add(pool.submit(() -> {
                        go.await();
                        transactions.executeWithoutResult(
                                s -> images.insert(sha, "image/png", new byte[] {7}, admin, Instant.now()));
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS); // rethrows a failed upload
                }
                assertThat(images.find(sha)).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String randomSha() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
