package org.claimdesk.claim;

import java.util.List;
import org.claimdesk.claim.internal.RatingScale;
import org.claimdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rating scale verdicts are given on: everyone reads it, only an ADMIN changes it. */
@Service
@Transactional
public class RatingScaleService {

    private final RatingScale scale;

    RatingScaleService(RatingScale scale) {
        this.scale = scale;
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<Rating> scale() {
        return scale.all();
    }

    /** @throws ClaimRuleViolation for an invalid label, value or colour, or if someone saved it first */
    @PreAuthorize(Roles.HAS_ADMIN)
    public void update(Rating rating) {
        scale.update(rating);
    }
}
