package org.claimdesk.review;

/**
 * How many claims a queue holds, as the claims screen shows it: exact up to {@link QueueService#COUNT_LIMIT},
 * otherwise that many and {@code more}.
 */
public record QueueTotal(long claims, boolean more) {
}
