package org.claimdesk.admin.ui;

import static org.claimdesk.shell.UrlParameters.first;
import static org.claimdesk.shell.UrlParameters.put;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.audit.AuditQuery;
import org.claimdesk.shell.UrlParameters;
import org.jspecify.annotations.Nullable;

/**
 * The audit viewer's filters as URL query parameters, so a view of the trail can be bookmarked and shared:
 * {@code admin/audit?user=editor&type=claim&action=updated&from=2026-11-01&to=2026-11-30&q=Kim}. A
 * parameter that does not parse is ignored rather than failing the page.
 */
record AuditParameters(@Nullable String user, @Nullable String type, @Nullable String action,
        @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text) {

    static final AuditParameters NONE = new AuditParameters(null, null, null, null, null, null);

    static AuditParameters parse(QueryParameters query) {
        Map<String, List<String>> values = query.getParameters();
        return new AuditParameters(first(values, "user").orElse(null), first(values, "type").orElse(null),
                first(values, "action").orElse(null), first(values, "from").flatMap(UrlParameters::date).orElse(null),
                first(values, "to").flatMap(UrlParameters::date).orElse(null),
                first(values, "q").map(text -> text.length() > AuditQuery.MAX_TEXT_LENGTH
                        ? text.substring(0, AuditQuery.MAX_TEXT_LENGTH) : text).orElse(null));
    }

    QueryParameters toQuery() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "user", user);
        put(values, "type", type);
        put(values, "action", action);
        put(values, "from", from == null ? null : from.toString());
        put(values, "to", to == null ? null : to.toString());
        put(values, "q", text);
        return QueryParameters.simple(values);
    }

    boolean reversed() {
        return from != null && to != null && from.isAfter(to);
    }

    /** The query for the audit trail; the range must not be reversed. */
    AuditQuery query(ZoneId zone) {
        return new AuditQuery(user, type, action, from, to, text, zone);
    }
}
