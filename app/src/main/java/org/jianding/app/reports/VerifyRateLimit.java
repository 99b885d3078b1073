package org.jianding.app.reports;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Limits look-ups on the public verification page per client address: a token bucket of
 * {@code jianding.verify.rate-limit.per-minute} (default 30) refilled evenly over a minute, so a person checking a
 * stack of certificates is never stopped while enumerating serials is slowed to a crawl. Buckets live in a bounded
 * Caffeine cache (at most {@code jianding.verify.rate-limit.clients}, default 100,000, each forgotten 10 minutes
 * after its last use), so a flood of addresses cannot exhaust memory. Per node: with n nodes behind a balancer a
 * client gets at most n times the limit, which still stops enumeration (65-bit serials).
 */
@Component
public class VerifyRateLimit {

    private final Cache<String, Bucket> buckets;
    private final int perMinute;

    VerifyRateLimit(VerifySettings settings) {
        int perMinute = settings.rateLimit().perMinute();
        long clients = settings.rateLimit().clients();
        this.perMinute = perMinute;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(clients)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    /** Takes one look-up from the client's bucket; false when it is empty. */
    public boolean tryAcquire(String client) {
        return buckets.get(client, k -> newBucket()).tryConsume(1);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
