/**
 * The verified-claims report: the claims of a scope (an article, a date range, tags, ratings, review
 * states) written as PDF, CSV or JSON, streamed from one forward-only query. Viewers and reviewers export
 * published work; editors and admins any state. {@link org.claimdesk.publishing.report.ReportService} is
 * the entry point; how each format is written stays in {@code internal}.
 */
@NullMarked
package org.claimdesk.publishing.report;

import org.jspecify.annotations.NullMarked;
