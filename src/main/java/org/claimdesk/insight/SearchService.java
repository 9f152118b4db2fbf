package org.claimdesk.insight;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.insight.internal.SearchRepository;
import org.claimdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over articles, claims and sources, best first, with the matching words highlighted.
 * Everyone signed in may search: every role may read articles, claims and sources. Any text is safe to
 * search for; text that holds nothing searchable (empty, only punctuation or stop words) finds nothing.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.HAS_VIEWER)
public class SearchService {

    public static final int MAX_PAGE = 50;
    /** How deep one can page: ranking reads every match anyway, but nobody reads past the first thousand. */
    public static final int MAX_RESULTS = 1_000;

    private final SearchRepository repository;

    SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    /** @throws InsightRuleViolation {@code search.range-reversed} if the date range ends before it starts */
    public List<SearchHit> search(SearchQuery query, int offset, int limit) {
        if (query.rangeReversed()) {
            throw new InsightRuleViolation("search.range-reversed");
        }
        String text = searchable(query.text());
        int from = Math.max(0, offset);
        if (text.isEmpty() || from >= MAX_RESULTS) {
            return List.of();
        }
        int size = Math.min(Math.clamp(limit, 1, MAX_PAGE), MAX_RESULTS - from);
        List<SearchRepository.Ranked> ranked = repository.rank(query, text, from, size);
        Map<SearchType, List<Long>> idsByType = new EnumMap<>(SearchType.class);
        ranked.forEach(hit -> idsByType.computeIfAbsent(hit.type(), type -> new ArrayList<>()).add(hit.id()));
        Map<SearchType, Map<Long, SearchHit>> details = new EnumMap<>(SearchType.class);
        idsByType.forEach((type, ids) -> details.put(type, switch (type) {
            case ARTICLE -> repository.articleHits(ids, text);
            case CLAIM -> repository.claimHits(ids, text);
            case SOURCE -> repository.sourceHits(ids, text);
        }));
        List<SearchHit> hits = new ArrayList<>();
        for (SearchRepository.Ranked hit : ranked) {
            SearchHit found = details.get(hit.type()).get(hit.id());
            if (found != null) {
                hits.add(new SearchHit(found.type(), found.id(), found.title(), found.snippet(), found.detail(),
                        found.date(), found.state(), found.ratingLabel(), found.ratingColour(), found.claimId(),
                        hit.rank()));
            }
        }
        return hits;
    }

    /**
     * The text as it goes to the database: control characters (PostgreSQL refuses NUL) and halves of
     * surrogate pairs become spaces, and it is cut to {@link SearchQuery#MAX_TEXT} characters.
     */
    static String searchable(String text) {
        StringBuilder clean = new StringBuilder(Math.min(text.length(), SearchQuery.MAX_TEXT));
        text.codePoints().forEach(point -> {
            if (Character.isISOControl(point) || Character.getType(point) == Character.SURROGATE) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(point);
            }
        });
        String cut = clean.length() <= SearchQuery.MAX_TEXT ? clean.toString()
                : clean.substring(0, Character.isHighSurrogate(clean.charAt(SearchQuery.MAX_TEXT - 1))
                        ? SearchQuery.MAX_TEXT - 1 : SearchQuery.MAX_TEXT);
        return cut.strip();
    }
}
