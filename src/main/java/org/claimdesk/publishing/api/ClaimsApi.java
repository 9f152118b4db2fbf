package org.claimdesk.publishing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimSource;
import org.claimdesk.review.Queue;
import org.claimdesk.review.QueueFilter;
import org.claimdesk.review.QueueOrder;
import org.claimdesk.review.QueueRow;
import org.claimdesk.review.QueueService;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.ReviewState;
import org.claimdesk.review.ReviewStatus;
import org.claimdesk.security.ColleagueDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/claims")
@Tag(name = "Claims", description = "Claims with their review state, sources and verdicts; the queues' filters")
class ClaimsApi {

    private final QueueService queues;
    private final ClaimService claims;
    private final ReviewService reviews;
    private final ColleagueDirectory colleagues;

    ClaimsApi(QueueService queues, ClaimService claims, ReviewService reviews, ColleagueDirectory colleagues) {
        this.queues = queues;
        this.claims = claims;
        this.reviews = reviews;
        this.colleagues = colleagues;
    }

    /** A claim with where it appears, its sources, its working verdict and its review. */
    record ClaimResource(ClaimDetails claim, @Nullable ReviewStatus review) {
    }

    @GetMapping
    @Operation(summary = "A queue of claims, filtered and sorted as in the app's Claims screen")
    ApiPage<QueueRow> list(
            @Parameter(description = "mine, unassigned, awaiting-approval, overdue, recheck or all")
            @RequestParam(defaultValue = "all") String queue,
            @Parameter(description = "review states, comma separated, e.g. published,in-research")
            @RequestParam(required = false) @Nullable String state,
            @Parameter(description = "rating code, e.g. FALSE") @RequestParam(required = false) @Nullable String rating,
            @Parameter(description = "assignee's user name") @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable UUID article,
            @RequestParam(required = false) @Nullable String tag,
            @Parameter(description = "claim date from (ISO date)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "claim date to (ISO date)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @Parameter(description = "words in the statement") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "updated, due, claim-date, statement or state")
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Queue chosen = Queue.bySlug(queue).orElseThrow(() -> new IllegalArgumentException("unknown queue " + queue));
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("'from' is after 'to'");
        }
        UUID assigneeId = assignee == null ? null : colleagues.findByUsername(assignee)
                .orElseThrow(() -> new ApiErrors.ApiNotFound("user " + assignee)).publicId();
        QueueFilter filter = new QueueFilter(chosen, states(state), rating, assigneeId, article, tag, from, to, q);
        QueueOrder order = sort == null ? QueueOrder.defaultFor(chosen)
                : new QueueOrder(QueueOrder.Sort.valueOf(sort.toUpperCase(Locale.ROOT).replace('-', '_')),
                        dir.equalsIgnoreCase("asc"));
        int limit = Pages.size(size);
        return new ApiPage<>(queues.page(filter, order, Pages.offset(page, limit), limit), page, limit,
                queues.count(filter));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One claim: appearances, sources, working verdict, review state and publications")
    ClaimResource one(@PathVariable UUID id) {
        ClaimDetails claim = claims.find(id).orElseThrow(() -> new ApiErrors.ApiNotFound("claim"));
        return new ClaimResource(claim, reviews.status(id).orElse(null));
    }

    @GetMapping("/{id}/sources")
    @Operation(summary = "The claim's sources, with their archived snapshots")
    List<ClaimSource> sources(@PathVariable UUID id) {
        return claims.find(id).orElseThrow(() -> new ApiErrors.ApiNotFound("claim")).sources();
    }

    private static Set<ReviewState> states(@Nullable String states) {
        if (states == null || states.isBlank()) {
            return Set.of();
        }
        return java.util.Arrays.stream(states.split(","))
                .map(state -> ReviewState.valueOf(state.strip().toUpperCase(Locale.ROOT).replace('-', '_')))
                .collect(Collectors.toSet());
    }
}
