package org.claimdesk.publishing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.claimdesk.claim.Rating;
import org.claimdesk.claim.RatingScaleService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/ratings")
@Tag(name = "Ratings", description = "The desk's rating scale")
class RatingsApi {

    private final RatingScaleService ratings;

    RatingsApi(RatingScaleService ratings) {
        this.ratings = ratings;
    }

    @GetMapping
    @Operation(summary = "The rating scale, in its order; ratingValue is ClaimReview's (1 worst … 5 best)")
    List<Rating> scale() {
        return ratings.scale();
    }
}
