package org.claimdesk.publishing.claimreview;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a verdict label mapping: what a label, on one reviewing site or on any, means on the desk's
 * rating scale. The desk keeps these rows in its database so that editors can change them.
 *
 * @param site       the reviewing site's domain as {@link VerdictLabels#siteOf} writes it ("politifact.com"),
 *                   or "" for the label whatever the site
 * @param labelKey   the label as labels are compared ({@link VerdictLabels#keyOf}): "pants on fire"
 * @param ratingCode the desk's rating code, e.g. "FALSE"; null for a label that names no verdict, which leaves
 *                   the verdict to the rating value
 * @param edited     whether a person set this row rather than the default tables
 */
public record LabelMapping(String site, String labelKey, @Nullable String ratingCode, boolean edited) {

    public LabelMapping {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(labelKey, "labelKey");
    }
}
