package org.claimdesk.insight.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.insight.dashboard.Dashboard.WeekCount;
import org.claimdesk.insight.internal.DashboardRepository;
import org.claimdesk.insight.internal.DashboardRepository.Range;
import org.claimdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures for editors and admins. Days and weeks begin in the clock's time zone; "today"
 * and "the last 12 weeks" come from the injected clock. All panels are read in one repeatable-read
 * transaction, so they agree with each other even while the desk keeps working.
 */
@Service
@PreAuthorize(Roles.HAS_EDITOR)
public class DashboardService {

    /** How many weeks the publications chart shows. */
    public static final int WEEKS = 12;
    /** How many claims the overdue and re-check lists show; the queues hold the rest. */
    public static final int LIST_LENGTH = 20;

    private final DashboardRepository repository;
    private final Clock clock;

    DashboardService(DashboardRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Every panel for the filter.
     *
     * @throws DashboardRuleViolation when the range's first day comes after its last
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Dashboard dashboard(DashboardFilter filter) {
        if (filter.reversed()) {
            throw new DashboardRuleViolation("dashboard.filter.range-reversed");
        }
        repository.planForTheValues();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Range range = new Range(filter.from() == null ? null : startOf(filter.from(), zone),
                filter.to() == null ? null : startOf(filter.to().plusDays(1), zone));
        String tag = filter.tag();
        return new Dashboard(filter, today, zone,
                repository.states(range, tag),
                repository.ratings(range, tag),
                weeks(filter, range, today, zone),
                repository.timeToPublication(range, tag),
                repository.reviewers(range, tag, today),
                repository.overdue(range, tag, today, LIST_LENGTH),
                repository.recheckDue(range, tag, today, LIST_LENGTH),
                repository.agreement(range, tag));
    }

    /**
     * The {@link #WEEKS} weeks (Monday to Sunday) up to the week of the range's last day, or of today if the
     * range ends later or is open.
     */
    private List<WeekCount> weeks(DashboardFilter filter, Range range, LocalDate today, ZoneId zone) {
        LocalDate last = filter.to() == null || filter.to().isAfter(today) ? today : filter.to();
        LocalDate firstMonday = last.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        List<Instant> boundaries = new ArrayList<>();
        for (int week = 0; week <= WEEKS; week++) {
            boundaries.add(startOf(firstMonday.plusWeeks(week), zone));
        }
        List<Long> counts = repository.firstPublicationsBetween(boundaries, range, filter.tag());
        List<WeekCount> weeks = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            weeks.add(new WeekCount(firstMonday.plusWeeks(week), counts.get(week)));
        }
        return weeks;
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
