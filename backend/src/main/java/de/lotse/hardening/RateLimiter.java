package de.lotse.hardening;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One token bucket per client (Bucket4j): a signed-in client, keyed by its token's subject, may
 * send {@code lotse.rate-limit.per-minute} requests a minute, an address without a token
 * {@code lotse.rate-limit.anonymous-per-minute}. Buckets refill continuously; idle ones are dropped.
 */
@ApplicationScoped
public class RateLimiter {

    private final long perMinute;
    private final long anonymousPerMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(2))
            .build();

    public RateLimiter(@ConfigProperty(name = "lotse.rate-limit.per-minute") long perMinute,
            @ConfigProperty(name = "lotse.rate-limit.anonymous-per-minute") long anonymousPerMinute) {
        this.perMinute = perMinute;
        this.anonymousPerMinute = anonymousPerMinute;
    }

    /** Takes one request from the subject's bucket. */
    public Quota forSubject(String subject) {
        return take("sub:" + subject, perMinute);
    }

    /** Takes one request from the bucket of a remote address sending no (valid) token. */
    public Quota forAddress(String address) {
        return take("addr:" + address, anonymousPerMinute);
    }

    /** Whether the address has used up its bucket, without taking from it. */
    public boolean exhausted(String address) {
        Bucket bucket = buckets.getIfPresent("addr:" + address);
        return bucket != null && bucket.getAvailableTokens() < 1;
    }

    private Quota take(String key, long limit) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(l -> l.capacity(limit).refillGreedy(limit, Duration.ofMinutes(1)))
                .build());
        return new Quota(limit, bucket.tryConsumeAndReturnRemaining(1));
    }

    /** The outcome of one request: allowed or not, and what the client has left. */
    public record Quota(long limit, ConsumptionProbe probe) {

        public boolean allowed() {
            return probe.isConsumed();
        }

        public long remaining() {
            return probe.getRemainingTokens();
        }

        /** Seconds until the bucket is full again. */
        public long resetSeconds() {
            return seconds(probe.getNanosToWaitForReset());
        }

        /** Seconds until the next request is allowed (for Retry-After). */
        public long retryAfterSeconds() {
            return Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        }

        private static long seconds(long nanos) {
            return (nanos + 999_999_999L) / 1_000_000_000L;
        }
    }
}
