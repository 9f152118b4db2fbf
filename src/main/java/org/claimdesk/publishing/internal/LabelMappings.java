package org.claimdesk.publishing.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.publishing.ClaimReviewImportViolation;
import org.claimdesk.publishing.ExternalReview;
import org.claimdesk.publishing.LabelMappingRow;
import org.claimdesk.publishing.claimreview.ImportedRating;
import org.claimdesk.publishing.claimreview.LabelMapping;
import org.claimdesk.publishing.claimreview.VerdictLabels;
import org.claimdesk.publishing.claimreview.VerdictMatch;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The desk's verdict label mapping, in the database: filled from the bundled x-fact label maps the first
 * time it is needed, then changed by editors. Changing a label's rating remaps the imported reviews with that
 * label whose claims are still drafts; claims someone has started on keep what they were imported with.
 */
@Component
public class LabelMappings {

    /** A label key longer than this is no verdict label but a sentence; it cannot be mapped. */
    static final int LONGEST_LABEL = 200;

    private final LabelMappingRepository repository;
    private final ExternalReviewRepository externalReviews;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    LabelMappings(LabelMappingRepository repository, ExternalReviewRepository externalReviews, AuditTrail audit,
            CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.externalReviews = externalReviews;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The mapping as it stands, filled from the defaults first if it never was. */
    public VerdictLabels current() {
        ensureFilled();
        return VerdictLabels.of(repository.all());
    }

    public List<LabelMappingRow> page(String filter, int offset, int limit) {
        ensureFilled();
        return repository.page(filter, offset, limit);
    }

    public long count(String filter) {
        ensureFilled();
        return repository.count(filter);
    }

    /**
     * Sets what a label means, on one site or on every site, and remaps the not-yet-reviewed imported claims
     * with that label.
     *
     * @param label      the label as a fact-checker writes it; compared without case, accents or punctuation
     * @param site       a reviewing site's domain or address, or blank for every site
     * @param ratingCode the desk's rating, or null for "names no verdict: leave it to the rating value"
     * @return how many imported reviews were remapped
     */
    public int save(String label, @Nullable String site, @Nullable String ratingCode) {
        String key = VerdictLabels.keyOf(label);
        if (key.isEmpty()) {
            throw new ClaimReviewImportViolation("publishing.label-mapping.label-empty");
        }
        if (key.length() > LONGEST_LABEL) {
            throw new ClaimReviewImportViolation("publishing.label-mapping.label-too-long", LONGEST_LABEL);
        }
        String siteKey;
        try {
            siteKey = VerdictLabels.siteOf(site);
        } catch (IllegalArgumentException notADomain) {
            throw new ClaimReviewImportViolation("publishing.label-mapping.site-invalid", site);
        }
        if (ratingCode != null && !repository.ratingExists(ratingCode)) {
            throw new ClaimReviewImportViolation("publishing.label-mapping.rating-unknown", ratingCode);
        }
        ensureFilled();
        LabelMappingRow before = repository.find(key, siteKey).orElse(null);
        long id = repository.save(key, siteKey, ratingCode, userId(), clock.instant());
        audit.record("verdict-label-mapping", String.valueOf(id), before == null ? "created" : "updated",
                before == null ? null : values(before.labelKey(), before.site(), before.ratingCode()),
                values(key, siteKey, ratingCode));
        return remap(key);
    }

    /** Places the label's not-yet-reviewed imported reviews again, with the mapping as it now is. */
    private int remap(String labelKey) {
        VerdictLabels labels = VerdictLabels.of(repository.all());
        int remapped = 0;
        for (ExternalReview review : externalReviews.unreviewedWithLabel(labelKey)) {
            VerdictMatch match = labels.match(new ImportedRating(review.ratingValue(), review.bestRating(),
                    review.worstRating(), review.ratingLabel()), review.reviewUrl());
            String code = mappedCode(match);
            String before = review.mappedRating() == null ? null : review.mappedRating().code();
            if (!Objects.equals(code, before) || match.basis() != review.mappedBy()) {
                externalReviews.remap(review.id(), code, match.basis());
                audit.record("external-review", review.claimId().toString(), "remapped",
                        mapping(before, review.mappedBy()), mapping(code, match.basis()));
                remapped++;
            }
        }
        return remapped;
    }

    /** The rating code a match stands for; none when nothing placed the verdict. */
    static @Nullable String mappedCode(VerdictMatch match) {
        return match.recognised() ? match.ratingCode() : null;
    }

    private void ensureFilled() {
        if (!repository.isEmpty()) {
            return;
        }
        repository.lock();
        if (repository.isEmpty()) {
            int rows = repository.insertDefaults(VerdictLabels.defaults().mappings(), clock.instant());
            audit.record("verdict-label-mapping", "defaults", "filled", null, Map.of("rows", rows));
        }
    }

    private static Map<String, @Nullable Object> values(String labelKey, String site, @Nullable String ratingCode) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("label", labelKey);
        values.put("site", site);
        values.put("rating", ratingCode);
        return values;
    }

    private static Map<String, @Nullable Object> mapping(@Nullable String code, VerdictMatch.Basis basis) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("mappedRating", code);
        values.put("mappedBy", basis.name());
        return values;
    }

    private @Nullable Long userId() {
        return currentUser.find().map(SignedInUser::accountId).orElse(null);
    }
}
