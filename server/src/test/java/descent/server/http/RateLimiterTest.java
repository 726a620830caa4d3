package descent.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  @Test
  void aClientMayBurstThenWaitsForTheNextToken() {
    RateLimiter limiter = new RateLimiter(3, 60, now::get);
    assertEquals(0, limiter.tryAcquire("a"));
    assertEquals(0, limiter.tryAcquire("a"));
    assertEquals(0, limiter.tryAcquire("a"));
    assertEquals(1, limiter.tryAcquire("a"), "one token a second at 60 a minute");
    now.addAndGet(1_000_000_000L);
    assertEquals(0, limiter.tryAcquire("a"));
  }

  @Test
  void retryAfterCountsWholeSecondsUntilATokenIsBack() {
    RateLimiter limiter = new RateLimiter(1, 6, now::get);
    assertEquals(0, limiter.tryAcquire("a"));
    assertEquals(10, limiter.tryAcquire("a"));
    now.addAndGet(4_000_000_000L);
    assertEquals(6, limiter.tryAcquire("a"));
  }

  @Test
  void clientsHaveSeparateBuckets() {
    RateLimiter limiter = new RateLimiter(1, 60, now::get);
    assertEquals(0, limiter.tryAcquire("a"));
    assertEquals(0, limiter.tryAcquire("b"));
    assertTrue(limiter.tryAcquire("a") > 0);
  }

  @Test
  void tokensNeverExceedTheBurstAfterALongPause() {
    RateLimiter limiter = new RateLimiter(2, 60, now::get);
    now.addAndGet(3_600_000_000_000L);
    assertEquals(0, limiter.tryAcquire("a"));
    assertEquals(0, limiter.tryAcquire("a"));
    assertTrue(limiter.tryAcquire("a") > 0);
  }

  @Test
  void zeroPerMinuteTurnsLimitingOff() {
    RateLimiter limiter = new RateLimiter(1, 0, now::get);
    for (int i = 0; i < 1000; i++) {
      assertEquals(0, limiter.tryAcquire("a"));
    }
    assertEquals(0, limiter.trackedClients());
  }
}
