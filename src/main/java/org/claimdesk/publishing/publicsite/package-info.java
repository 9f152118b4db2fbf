/**
 * The public fact-check pages under {@code /public}: each published claim with its ClaimReview, the feed,
 * the methodology and the corrections. Plain server-rendered HTML (no sign-in, no JavaScript), so that
 * readers, search engines and aggregators get the whole page. Only published verdicts are ever read.
 */
@NullMarked
package org.claimdesk.publishing.publicsite;

import org.jspecify.annotations.NullMarked;
