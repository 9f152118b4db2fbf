package org.claimdesk.security.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One token bucket per access token (Bucket4j): {@code claimdesk.api.requests-per-minute} requests,
 * refilled evenly. In-process, so each instance limits on its own.
 */
@Component
class ApiRateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;

    ApiRateLimiter(@Value("${claimdesk.api.requests-per-minute:120}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** @return zero if the request may go ahead, else how long to wait before the next one may */
    Duration tryConsume(String tokenFingerprint) {
        Bucket bucket = buckets.computeIfAbsent(tokenFingerprint, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
