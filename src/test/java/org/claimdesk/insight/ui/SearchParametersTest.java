package org.claimdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.claimdesk.insight.SearchQuery;
import org.claimdesk.insight.SearchType;
import org.claimdesk.review.ReviewState;
import org.junit.jupiter.api.Test;

/** Results pages are addresses: filters go into the URL and come back out, and junk in it is ignored. */
class SearchParametersTest {

    @Test
    void aSearchRoundTripsThroughItsAddress() {
        SearchQuery query = new SearchQuery("Kim \"summit\" & more", Set.of(SearchType.CLAIM, SearchType.SOURCE),
                Set.of(ReviewState.PUBLISHED, ReviewState.IN_RESEARCH), LocalDate.of(2018, 5, 1),
                LocalDate.of(2018, 6, 30));

        QueryParameters parameters = new SearchParameters(query).toQuery();

        assertThat(parameters.getParameters()).containsEntry("type", java.util.List.of("claim,source"))
                .containsEntry("state", java.util.List.of("in-research,published"));
        assertThat(SearchParameters.parse(parameters).query()).isEqualTo(query);
        assertThat(new SearchParameters(query).location()).startsWith("search?q=Kim");
    }

    @Test
    void unreadableValuesAreIgnoredAndAReversedRangeIsKept() {
        SearchQuery query = SearchParameters.parse(QueryParameters.simple(Map.of("type", "claim,bogus,",
                "state", "nope", "from", "2018-13-45", "to", "2018-05-01"))).query();

        assertThat(query.text()).isEmpty();
        assertThat(query.types()).containsExactly(SearchType.CLAIM);
        assertThat(query.states()).isEmpty();
        assertThat(query.from()).isNull();
        assertThat(query.to()).isEqualTo(LocalDate.of(2018, 5, 1));
        assertThat(SearchParameters.parse(QueryParameters.simple(Map.of("from", "2018-06-01", "to", "2018-05-01")))
                .query().rangeReversed()).isTrue();
        assertThat(new SearchParameters(SearchQuery.of("")).location()).isEqualTo("search");
    }
}
