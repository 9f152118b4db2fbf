package org.claimdesk.review.ui;

import static org.claimdesk.shell.UrlParameters.first;
import static org.claimdesk.shell.UrlParameters.put;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimdesk.review.Queue;
import org.claimdesk.review.QueueFilter;
import org.claimdesk.review.QueueOrder;
import org.claimdesk.review.ReviewState;
import org.claimdesk.shell.UrlParameters;
import org.jspecify.annotations.Nullable;

/**
 * A queue with its filters and sort order as URL query parameters, so that a view of the desk can be
 * bookmarked and shared: {@code claims?queue=mine&state=in-research&rating=FALSE&assignee=reviewer
 * &article=<id>&tag=summit&from=2018-05-01&to=2018-06-30&q=Kim&sort=due&dir=asc}. Parameters that do
 * not parse are ignored rather than failing the page.
 */
record QueueParameters(QueueFilter filter, @Nullable String assigneeUsername, QueueOrder order) {

    static QueueParameters parse(QueryParameters query) {
        Map<String, List<String>> values = query.getParameters();
        Queue queue = first(values, "queue").flatMap(Queue::bySlug).orElse(Queue.ALL);
        Set<ReviewState> states = EnumSet.noneOf(ReviewState.class);
        first(values, "state").ifPresent(list -> Arrays.stream(list.split(",")).map(QueueParameters::state)
                .flatMap(Optional::stream).forEach(states::add));
        QueueFilter filter = new QueueFilter(queue, states, first(values, "rating").orElse(null), null,
                first(values, "article").flatMap(QueueParameters::uuid).orElse(null),
                first(values, "tag").orElse(null), first(values, "from").flatMap(UrlParameters::date).orElse(null),
                first(values, "to").flatMap(UrlParameters::date).orElse(null), first(values, "q").orElse(null));
        QueueOrder order = first(values, "sort").flatMap(QueueParameters::sort)
                .map(sort -> new QueueOrder(sort, !"desc".equals(first(values, "dir").orElse("asc"))))
                .orElse(QueueOrder.defaultFor(queue));
        return new QueueParameters(filter, first(values, "assignee").orElse(null), order);
    }

    QueryParameters toQuery() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("queue", filter.queue().slug());
        if (!filter.states().isEmpty()) {
            values.put("state", filter.states().stream().sorted().map(QueueParameters::slug)
                    .collect(Collectors.joining(",")));
        }
        put(values, "rating", filter.ratingCode());
        put(values, "assignee", assigneeUsername);
        put(values, "article", filter.articleId() == null ? null : filter.articleId().toString());
        put(values, "tag", filter.tag());
        put(values, "from", filter.claimDateFrom() == null ? null : filter.claimDateFrom().toString());
        put(values, "to", filter.claimDateTo() == null ? null : filter.claimDateTo().toString());
        put(values, "q", filter.text());
        if (!order.equals(QueueOrder.defaultFor(filter.queue()))) {
            values.put("sort", order.sort().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            values.put("dir", order.ascending() ? "asc" : "desc");
        }
        return QueryParameters.simple(values);
    }

    static String slug(ReviewState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Optional<ReviewState> state(String slug) {
        String name = slug.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(ReviewState.values()).filter(state -> state.name().equals(name)).findFirst();
    }

    private static Optional<QueueOrder.Sort> sort(String slug) {
        String name = slug.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(QueueOrder.Sort.values()).filter(sort -> sort.name().equals(name)).findFirst();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
