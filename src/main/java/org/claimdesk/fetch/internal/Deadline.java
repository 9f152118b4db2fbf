package org.claimdesk.fetch.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.claimdesk.fetch.FetchRefusedException;
import org.claimdesk.fetch.FetchRefusedException.Reason;

/**
 * The end of one fetch's time budget, shared by the DNS lookups, every redirect hop and the body. Kept on
 * the monotonic {@link System#nanoTime()}: the injected Clock says when, not how long, and may be fixed.
 */
record Deadline(long endNanos, Duration budget) {

    static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), budget);
    }

    /** The time left, for a request's own timeout; refuses when none is left. */
    Duration remaining() {
        long left = endNanos - System.nanoTime();
        if (left <= 0) {
            throw exceeded();
        }
        return Duration.ofNanos(left);
    }

    /**
     * Waits for {@code work} until the deadline, and cancels it when the deadline passes.
     *
     * @param host named when the waiting thread is interrupted
     * @throws ExecutionException when the work itself failed
     */
    <T> T await(Future<T> work, String host) throws ExecutionException {
        try {
            return work.get(remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            work.cancel(true);
            throw exceeded();
        } catch (InterruptedException interrupted) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchRefusedException(Reason.CONNECTION_FAILED, host, interrupted);
        }
    }

    FetchRefusedException exceeded() {
        String seconds = BigDecimal.valueOf(budget.toMillis(), 3).stripTrailingZeros().toPlainString();
        return new FetchRefusedException(Reason.TIMEOUT, seconds);
    }
}
