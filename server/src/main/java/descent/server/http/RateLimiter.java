package descent.server.http;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds up to {@code burst} tokens and regains
 * {@code perMinute / 60} tokens a second; a request takes one. The buckets live in this process,
 * so with several instances behind a load balancer each instance limits on its own (a client may
 * get up to N times the rate): acceptable for abuse protection, and documented.
 */
public final class RateLimiter {
  /** Buckets kept before idle (full) ones are dropped, so a flood of addresses cannot exhaust memory. */
  private static final int MAX_TRACKED = 100_000;

  private static final class Bucket {
    double tokens;
    long updatedNanos;

    Bucket(double tokens, long updatedNanos) {
      this.tokens = tokens;
      this.updatedNanos = updatedNanos;
    }
  }

  private final int burst;
  private final double tokensPerNano;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** {@code perMinute} of 0 turns limiting off. */
  public RateLimiter(int burst, int perMinute, LongSupplier nanoTime) {
    if (burst < 1 || perMinute < 0) {
      throw new IllegalArgumentException("burst must be >= 1 and perMinute >= 0");
    }
    this.burst = burst;
    this.tokensPerNano = perMinute / 60e9;
    this.nanoTime = nanoTime;
  }

  public static RateLimiter unlimited() {
    return new RateLimiter(1, 0, System::nanoTime);
  }

  public boolean isEnabled() {
    return tokensPerNano > 0;
  }

  /** Takes a token for {@code client}: 0 if allowed, else whole seconds until one is available. */
  public long tryAcquire(String client) {
    if (!isEnabled()) {
      return 0;
    }
    long now = nanoTime.getAsLong();
    if (buckets.size() > MAX_TRACKED) {
      evictFull(now);
    }
    Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(burst, now));
    synchronized (bucket) {
      refill(bucket, now);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      double nanosToWait = (1 - bucket.tokens) / tokensPerNano;
      return Math.max(1, (long) Math.ceil(nanosToWait / 1e9));
    }
  }

  private void refill(Bucket bucket, long now) {
    long elapsed = Math.max(0, now - bucket.updatedNanos);
    bucket.tokens = Math.min(burst, bucket.tokens + elapsed * tokensPerNano);
    bucket.updatedNanos = now;
  }

  /** A full bucket behaves exactly like a new one, so dropping it loses nothing. */
  private void evictFull(long now) {
    for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
      Bucket bucket = it.next();
      synchronized (bucket) {
        refill(bucket, now);
        if (bucket.tokens >= burst) {
          it.remove();
        }
      }
    }
  }

  int trackedClients() {
    return buckets.size();
  }
}
