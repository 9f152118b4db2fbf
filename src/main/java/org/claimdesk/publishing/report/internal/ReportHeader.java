package org.claimdesk.publishing.report.internal;

import java.time.Instant;
import org.claimdesk.publishing.report.ReportScope;
import org.jspecify.annotations.Nullable;

/** What every format says before its claims: the scope, when the report was made and how many claims it holds. */
public record ReportHeader(ReportScope scope, @Nullable String scopeArticleTitle, Instant generatedAt, long claimCount,
        ReportLabels labels) {
}
