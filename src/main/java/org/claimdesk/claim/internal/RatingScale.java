package org.claimdesk.claim.internal;

import java.util.List;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.Rating;
import org.springframework.stereotype.Component;

/** The desk's rating scale, behind {@link org.claimdesk.claim.RatingScaleService}. */
@Component
public class RatingScale {

    private final RatingRepository repository;
    private final AuditTrail audit;

    RatingScale(RatingRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public List<Rating> all() {
        return repository.all();
    }

    public Rating byCode(String code) {
        return repository.byCode(code).orElseThrow(() -> new ClaimRuleViolation("verdict.rating.unknown"));
    }

    public void update(Rating rating) {
        if (rating.label().isBlank() || rating.label().length() > 80) {
            throw new ClaimRuleViolation("rating.label.invalid");
        }
        if (rating.description().isBlank()) {
            throw new ClaimRuleViolation("rating.description.empty");
        }
        if (rating.ratingValue() != null && (rating.ratingValue() < 1 || rating.ratingValue() > 5)) {
            throw new ClaimRuleViolation("rating.value.invalid");
        }
        if (!rating.colour().matches("#[0-9a-fA-F]{6}")) {
            throw new ClaimRuleViolation("rating.colour.invalid");
        }
        Rating trimmed = new Rating(rating.id(), rating.code(), rating.label().strip(), rating.description().strip(),
                rating.ratingValue(), rating.colour(), rating.position(), rating.version());
        Rating before = repository.find(rating.id()).orElseThrow(() -> new ClaimRuleViolation("verdict.rating.unknown"));
        if (!repository.update(trimmed)) {
            throw new ClaimRuleViolation("rating.changed-meanwhile");
        }
        audit.record("rating", before.code(), "updated", before, trimmed);
    }
}
