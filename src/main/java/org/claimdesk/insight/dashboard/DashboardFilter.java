package org.claimdesk.insight.dashboard;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard looks at: a range of days (either end may be open) and a tag. Null means "any".
 * Tags are compared as claims store them: trimmed and in lower case.
 */
public record DashboardFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String tag) {

    public DashboardFilter {
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
    }

    public static DashboardFilter none() {
        return new DashboardFilter(null, null, null);
    }

    /** True when both days are given and the first comes after the last. */
    public boolean reversed() {
        return from != null && to != null && from.isAfter(to);
    }
}
