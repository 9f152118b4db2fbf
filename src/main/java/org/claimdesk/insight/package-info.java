/** Insight: dashboards, search and similar-claim matching; reads claims, reviews and the audit trail. */
@NullMarked
package org.claimdesk.insight;

import org.jspecify.annotations.NullMarked;
