package org.claimdesk.insight.ui;

import static org.claimdesk.shell.UrlParameters.first;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimdesk.insight.SearchQuery;
import org.claimdesk.insight.SearchType;
import org.claimdesk.review.ReviewState;
import org.claimdesk.shell.UrlParameters;

/**
 * A search with its filters as URL query parameters, so that results can be bookmarked and shared:
 * {@code search?q=Kim+summit&type=claim,source&state=published&from=2018-05-01&to=2018-06-30}. Values that
 * do not parse are ignored rather than failing the page; a reversed range is kept, so the page can say so.
 */
record SearchParameters(SearchQuery query) {

    static SearchParameters parse(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        Set<SearchType> types = EnumSet.noneOf(SearchType.class);
        first(values, "type").ifPresent(list -> Arrays.stream(list.split(",")).map(SearchType::bySlug)
                .flatMap(Optional::stream).forEach(types::add));
        Set<ReviewState> states = EnumSet.noneOf(ReviewState.class);
        first(values, "state").ifPresent(list -> Arrays.stream(list.split(",")).map(SearchParameters::state)
                .flatMap(Optional::stream).forEach(states::add));
        String text = Optional.ofNullable(values.get("q")).flatMap(list -> list.stream().findFirst()).orElse("");
        return new SearchParameters(new SearchQuery(text, types, states,
                first(values, "from").flatMap(UrlParameters::date).orElse(null),
                first(values, "to").flatMap(UrlParameters::date).orElse(null)));
    }

    QueryParameters toQuery() {
        Map<String, String> values = new LinkedHashMap<>();
        if (!query.text().isBlank()) {
            values.put("q", query.text());
        }
        if (!query.types().isEmpty() && query.types().size() < SearchType.values().length) {
            values.put("type", query.types().stream().sorted().map(SearchType::slug).collect(Collectors.joining(",")));
        }
        if (!query.states().isEmpty()) {
            values.put("state", query.states().stream().sorted().map(SearchParameters::slug)
                    .collect(Collectors.joining(",")));
        }
        if (query.from() != null) {
            values.put("from", query.from().toString());
        }
        if (query.to() != null) {
            values.put("to", query.to().toString());
        }
        return QueryParameters.simple(values);
    }

    /** The address of these results, e.g. for a link. */
    String location() {
        String parameters = toQuery().getQueryString();
        return parameters.isEmpty() ? SearchRoutes.SEARCH : SearchRoutes.SEARCH + "?" + parameters;
    }

    static String slug(ReviewState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Optional<ReviewState> state(String slug) {
        String name = slug.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(ReviewState.values()).filter(state -> state.name().equals(name)).findFirst();
    }
}
