package org.claimdesk.insight.ui;

import static org.claimdesk.shell.UrlParameters.first;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.insight.dashboard.DashboardFilter;
import org.claimdesk.shell.UrlParameters;

/**
 * The dashboard's filter in the address, so that a view of it can be bookmarked and shared:
 * {@code dashboard?from=2026-01-01&to=2026-03-31&tag=summit}. A date that does not parse is ignored, as
 * in the queues.
 */
final class DashboardParameters {

    private DashboardParameters() {
    }

    static DashboardFilter parse(QueryParameters query) {
        Map<String, List<String>> values = query.getParameters();
        return new DashboardFilter(first(values, "from").flatMap(UrlParameters::date).orElse(null),
                first(values, "to").flatMap(UrlParameters::date).orElse(null),
                first(values, "tag").orElse(null));
    }

    static QueryParameters toQuery(DashboardFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        if (filter.from() != null) {
            values.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            values.put("to", filter.to().toString());
        }
        if (filter.tag() != null) {
            values.put("tag", filter.tag());
        }
        return QueryParameters.simple(values);
    }
}
