package org.jianding.app.exams;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Limits the integrity events a page may report per attempt: a token bucket of
 * {@code jianding.exam.events.per-minute} (default 30) refilled evenly over a minute. An honest page reports a few
 * events a minute at most (each focus loss, full-screen exit or paste); a flood would bury the proctor's view and
 * fill the event table. Buckets live in a bounded cache (attempts of a day's exams), per node.
 */
@Component
class EventRateLimit {

    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    private final int perMinute;

    EventRateLimit(ExamSettings settings) {
        this.perMinute = settings.events().perMinute();
    }

    int perMinute() {
        return perMinute;
    }

    /** Takes one event from the attempt's bucket; false when it is empty. */
    boolean tryAcquire(long attemptId) {
        return buckets.get(
                        attemptId,
                        k -> Bucket.builder()
                                .addLimit(Bandwidth.builder()
                                        .capacity(perMinute)
                                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                                        .build())
                                .build())
                .tryConsume(1);
    }
}
