/**
 * schema.org ClaimReview in both directions, as pure code without a database or the web.
 *
 * <p>{@link org.claimdesk.publishing.claimreview.ClaimReviewValidator} checks a ClaimReview against the real
 * schema.org vocabulary and Google's requirements before the desk publishes it;
 * {@link org.claimdesk.publishing.claimreview.ClaimReviewReader} reads what other fact-checkers publish
 * (JSON-LD, pages that embed it, data feeds) into
 * {@link org.claimdesk.publishing.claimreview.ImportedReview}s; and
 * {@link org.claimdesk.publishing.claimreview.VerdictLabels} maps their verdict labels onto the desk's
 * rating codes.
 */
@NullMarked
package org.claimdesk.publishing.claimreview;

import org.jspecify.annotations.NullMarked;
