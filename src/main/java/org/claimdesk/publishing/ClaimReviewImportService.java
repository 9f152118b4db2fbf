package org.claimdesk.publishing;

import java.util.List;
import java.util.UUID;
import org.claimdesk.publishing.internal.ClaimReviewImports;
import org.claimdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ClaimReview in: other fact-checkers' reviews, pasted, uploaded or sent to the API, become claims on the desk
 * with their external review. The app and the API both import through here.
 *
 * <p>One import is one transaction. A review that cannot be imported (it names no claim, has no address,
 * breaks a claim rule) is left out and reported with the reason, and the others are imported; a review whose
 * address is on the desk already is reported with the claim it became then. Input that cannot be read at
 * all is refused as a whole with {@link org.claimdesk.publishing.claimreview.ClaimReviewImportException}.
 */
@Service
@Transactional
public class ClaimReviewImportService {

    private final ClaimReviewImports imports;

    ClaimReviewImportService(ClaimReviewImports imports) {
        this.imports = imports;
    }

    /**
     * @param input ClaimReview JSON-LD (an object, a list, a {@code @graph}), a web page that embeds it, or a
     *              DataFeed; at most 5 MB and 1,000 reviews
     * @throws org.claimdesk.publishing.claimreview.ClaimReviewImportException when the input is empty, too
     *         large, not JSON or a page, broken JSON (with line and column), or holds no ClaimReview with a claim
     */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public ClaimReviewImportReport importClaimReviews(String input) {
        return imports.importText(input);
    }

    /** The other fact-checkers' reviews of a claim; none for a claim that was not imported. */
    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<ExternalReview> externalReviews(UUID claimId) {
        return imports.ofClaim(claimId);
    }
}
