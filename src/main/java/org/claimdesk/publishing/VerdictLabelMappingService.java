package org.claimdesk.publishing;

import java.util.List;
import org.claimdesk.publishing.internal.LabelMappings;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other fact-checkers' verdict labels mean on the desk's rating scale, for editors to read and change.
 * It starts as the x-fact label maps of 35 fact-checking sites. Changing a label remaps the imported reviews
 * with that label whose claims are still drafts, and every later import; claims someone has started on keep
 * the rating they were imported with.
 */
@Service
@Transactional
@PreAuthorize(Roles.HAS_EDITOR)
public class VerdictLabelMappingService {

    private final LabelMappings mappings;

    VerdictLabelMappingService(LabelMappings mappings) {
        this.mappings = mappings;
    }

    /** @param filter words of a label or part of a site's domain; blank for all */
    public List<LabelMappingRow> list(String filter, int offset, int limit) {
        return mappings.page(filter, offset, limit);
    }

    public long count(String filter) {
        return mappings.count(filter);
    }

    /**
     * Sets what a label means on one reviewing site, or on every site.
     *
     * @param site       the site's domain or an address on it; blank for every site
     * @param ratingCode a rating of the desk's scale; null for "names no verdict" (the rating value decides)
     * @return how many imported reviews of not-yet-reviewed claims were remapped
     * @throws ClaimReviewImportViolation for an empty or too long label, a site that is no domain, or an
     *                                    unknown rating
     */
    public int save(String label, @Nullable String site, @Nullable String ratingCode) {
        return mappings.save(label, site, ratingCode);
    }
}
