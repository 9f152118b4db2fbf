package org.claimdesk.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.claimdesk.review.DueDateReminder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds assignees of open claims due today or tomorrow, and of overdue ones. Runs at start-up and every
 * hour; the notifications store each reminder once, so running often costs nothing but a query.
 */
@Configuration
@EnableScheduling
public class DueDateSweep {

    private final ReviewRepository reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DueDateSweep(ReviewRepository reviews, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${claimdesk.review.reminder-cron:0 5 * * * *}")
    @Transactional
    public void remind() {
        LocalDate today = LocalDate.now(clock);
        for (ReviewRow row : reviews.openDueBy(today.plusDays(1))) {
            events.publishEvent(new DueDateReminder(row.claimPublicId(), row.statement(), row.assigneeId(),
                    row.dueOn(), row.dueOn().isBefore(today)));
        }
    }
}
