package org.jianding.app.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address (see {@link LockoutPolicy}): a bucket of {@code perAddress} failures, filled
 * again at the end of each {@code addressWindow}. An address whose bucket is empty may not try to log in at all
 * until then. Buckets live in a bounded Caffeine cache (100,000 addresses, each forgotten after two windows
 * unused). Per node: behind a balancer with n nodes an address gets at most n times the limit.
 */
@Component
public class LoginThrottle {

    private final LockoutPolicy policy;
    private final Cache<String, Bucket> buckets;

    LoginThrottle(LockoutPolicy policy) {
        this.policy = policy;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(policy.addressWindow().multipliedBy(2))
                .build();
    }

    /** Whether this address may try a login now. */
    public boolean allows(String address) {
        Bucket bucket = buckets.getIfPresent(key(address));
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    /** Counts one failed login from this address. */
    void failed(String address) {
        buckets.get(key(address), k -> newBucket()).tryConsume(1);
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(policy.perAddress())
                        .refillIntervally(policy.perAddress(), policy.addressWindow())
                        .build())
                .build();
    }
}
