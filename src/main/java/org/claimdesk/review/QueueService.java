package org.claimdesk.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.review.internal.QueueRepository;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The desk's queues, a page at a time. "Mine" and the date-driven queues are relative to who asks and when. */
@Service
@Transactional(readOnly = true)
public class QueueService {

    public static final int MAX_PAGE = 200;
    /** {@link #total} counts this far and no further. */
    public static final int COUNT_LIMIT = 1_000;

    private final QueueRepository queues;
    private final CurrentUser currentUser;
    private final Clock clock;

    QueueService(QueueRepository queues, CurrentUser currentUser, Clock clock) {
        this.queues = queues;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    public List<QueueRow> page(QueueFilter filter, QueueOrder order, int offset, int limit) {
        return queues.page(filter, order, currentUser.require().accountId(), LocalDate.now(clock), Math.max(0, offset),
                Math.clamp(limit, 1, MAX_PAGE));
    }

    /** The exact number of claims in the queue; it takes longer the more claims match. */
    @PreAuthorize(Roles.HAS_VIEWER)
    public long count(QueueFilter filter) {
        return queues.count(filter, currentUser.require().accountId(), LocalDate.now(clock));
    }

    /**
     * The number of claims in the queue up to {@link #COUNT_LIMIT}, beyond that only that there are more: the
     * count stops early, so it costs little however many claims a broad filter matches.
     */
    @PreAuthorize(Roles.HAS_VIEWER)
    public QueueTotal total(QueueFilter filter) {
        long counted = queues.countUpTo(filter, currentUser.require().accountId(), LocalDate.now(clock), COUNT_LIMIT + 1);
        return counted > COUNT_LIMIT ? new QueueTotal(COUNT_LIMIT, true) : new QueueTotal(counted, false);
    }
}
