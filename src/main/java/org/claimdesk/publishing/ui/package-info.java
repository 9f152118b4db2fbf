/**
 * Publishing's screens: the ClaimReview import, the verdict label mapping editors change, and the other
 * fact-checker's review on an imported claim's page.
 */
@NullMarked
package org.claimdesk.publishing.ui;

import org.jspecify.annotations.NullMarked;
