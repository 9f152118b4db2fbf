package org.claimdesk.publishing.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.Priority;
import org.claimdesk.i18n.TranslatableException;
import org.claimdesk.publishing.ClaimReviewImportReport;
import org.claimdesk.publishing.ClaimReviewImportReport.Item;
import org.claimdesk.publishing.ClaimReviewImportReport.Outcome;
import org.claimdesk.publishing.ExternalReview;
import org.claimdesk.publishing.claimreview.ClaimReviewItem;
import org.claimdesk.publishing.claimreview.ClaimReviewReader;
import org.claimdesk.publishing.claimreview.ImportedReview;
import org.claimdesk.publishing.claimreview.VerdictLabels;
import org.claimdesk.publishing.claimreview.VerdictMatch;
import org.claimdesk.publishing.internal.ExternalReviewRepository.NewExternalReview;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SignedInUser;
import org.claimdesk.shell.LiveUpdates;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports other fact-checkers' ClaimReviews: each review becomes a draft claim with its external review, the
 * verdict mapped onto the desk's scale. Runs in the caller's one transaction; each review is written under
 * a savepoint, so that a review that breaks a rule is left out and reported while the others are imported.
 * A review whose address is already on the desk is not imported again.
 */
@Component
public class ClaimReviewImports {

    /** Tag of every imported claim, so that a queue can be filtered to them. */
    public static final String TAG = "claimreview";

    private static final Logger LOG = LoggerFactory.getLogger(ClaimReviewImports.class);
    private static final int LONGEST_NAME = 300;
    private static final int LONGEST_LABEL = 1_000;

    private final ClaimReviewReader reader = new ClaimReviewReader();
    private final ClaimService claims;
    private final ExternalReviewRepository externalReviews;
    private final LabelMappings mappings;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate savepoint;
    private final LiveUpdates live;

    ClaimReviewImports(ClaimService claims, ExternalReviewRepository externalReviews, LabelMappings mappings,
            AuditTrail audit, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions,
            LiveUpdates live) {
        this.live = live;
        this.claims = claims;
        this.externalReviews = externalReviews;
        this.mappings = mappings;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * @param input JSON-LD, a page that embeds it, or a DataFeed
     * @throws org.claimdesk.publishing.claimreview.ClaimReviewImportException when nothing in the input can
     *                                                                          be read as ClaimReview
     */
    public ClaimReviewImportReport importText(String input) {
        List<ClaimReviewItem> items = reader.readItems(input);
        VerdictLabels labels = mappings.current();
        List<Item> report = new ArrayList<>();
        for (ClaimReviewItem item : items) {
            report.add(importItem(item, labels));
        }
        ClaimReviewImportReport done = new ClaimReviewImportReport(report);
        if (!done.importedClaims().isEmpty()) {
            live.changed("queue"); // once for the whole import, after it commits
        }
        return done;
    }

    public List<ExternalReview> ofClaim(UUID claimId) {
        return externalReviews.ofClaim(claimId);
    }

    private Item importItem(ClaimReviewItem item, VerdictLabels labels) {
        ImportedReview review = item.review();
        if (review == null) {
            return failed(item, "publishing.claimreview.import.item.no-claim");
        }
        URI address = review.reviewUrl();
        if (address == null) {
            return failed(item, "publishing.claimreview.import.item.no-address");
        }
        String key = ReviewUrlKey.of(address);
        Optional<ExternalReview> existing = externalReviews.findByUrlKey(key);
        if (existing.isPresent()) {
            return already(item, existing.get());
        }
        VerdictMatch match = labels.match(review);
        try {
            UUID claimId = savepoint.execute(status -> create(item, review, key, match));
            return new Item(item.position(), Outcome.IMPORTED, claimId, review.claimReviewed(), address,
                    review.factChecker(), review.rating().label(), LabelMappings.mappedCode(match), null, List.of());
        } catch (TranslatableException refused) {
            return failed(item, refused.messageKey(), refused.arguments());
        } catch (DuplicateKeyException importedMeanwhile) {
            return externalReviews.findByUrlKey(key).map(found -> already(item, found))
                    .orElseGet(() -> failed(item, "publishing.claimreview.import.item.not-stored"));
        } catch (DataAccessException notStored) {
            LOG.warn("ClaimReview {} of an import could not be stored", item.position(), notStored);
            return failed(item, "publishing.claimreview.import.item.not-stored");
        }
    }

    private UUID create(ClaimReviewItem item, ImportedReview review, String key, VerdictMatch match) {
        UUID claimId = claims.createImported(new ClaimDraft(review.claimReviewed(),
                shortened(review.claimant(), LONGEST_NAME), review.claimDate(), null, List.of(TAG), Priority.NORMAL));
        String label = shortened(review.rating().label(), LONGEST_LABEL);
        String labelKey = VerdictLabels.keyOf(label);
        NewExternalReview stored = new NewExternalReview(shortened(review.factChecker(), LONGEST_NAME),
                review.factCheckerUrl(), review.reviewUrl(), key, review.reviewDate(), label, labelKey,
                review.rating().ratingValue(), review.rating().bestRating(), review.rating().worstRating(),
                LabelMappings.mappedCode(match), match.basis(), review.appearances(), review.firstAppearance(),
                userId(), now(), withoutNul(item.source().toString()));
        UUID externalReviewId = externalReviews.insert(claimId, stored);
        audit.record("external-review", claimId.toString(), "imported", null, auditValues(externalReviewId, stored));
        return claimId;
    }

    private static Item already(ClaimReviewItem item, ExternalReview existing) {
        ImportedReview review = item.review();
        return new Item(item.position(), Outcome.ALREADY_IMPORTED, existing.claimId(),
                review == null ? null : review.claimReviewed(), existing.reviewUrl(), existing.factChecker(),
                existing.ratingLabel(), existing.mappedRating() == null ? null : existing.mappedRating().code(),
                null, List.of());
    }

    private static Item failed(ClaimReviewItem item, String problemKey, Object... arguments) {
        ImportedReview review = item.review();
        return new Item(item.position(), Outcome.FAILED, null, review == null ? null : review.claimReviewed(),
                item.address(), review == null ? null : review.factChecker(),
                review == null ? null : review.rating().label(), null, problemKey, List.of(arguments));
    }

    private static Map<String, @Nullable Object> auditValues(UUID id, NewExternalReview review) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("id", id.toString());
        values.put("factChecker", review.factChecker());
        values.put("reviewUrl", review.reviewUrl().toString());
        values.put("reviewDate", review.reviewDate() == null ? null : review.reviewDate().toString());
        values.put("ratingLabel", review.ratingLabel());
        values.put("ratingValue", review.ratingValue() == null ? null : review.ratingValue().toPlainString());
        values.put("mappedRating", review.mappedRatingCode());
        values.put("mappedBy", review.mappedBy().name());
        values.put("appearances", review.appearances().stream().map(URI::toString).toList());
        return values;
    }

    private static @Nullable String shortened(@Nullable String text, int longest) {
        if (text == null || text.length() <= longest) {
            return text;
        }
        return text.substring(0, longest - 1).strip() + "…";
    }

    /** PostgreSQL stores no NUL character, in text or JSON; a published ClaimReview has no business with one. */
    private static String withoutNul(String json) {
        return json.replace("\\u0000", "");
    }

    private Instant now() {
        return clock.instant();
    }

    private @Nullable Long userId() {
        return currentUser.find().map(SignedInUser::accountId).orElse(null);
    }
}
