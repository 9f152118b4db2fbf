package org.claimdesk.publishing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the desk's verdict label mapping, as editors see and change it.
 *
 * @param labelKey    the label as labels are compared: lower case, without accents or punctuation
 * @param site        the reviewing site it applies to ("politifact.com"), or "" for every site
 * @param ratingCode  the desk's rating, e.g. "FALSE"; null when the label names no verdict, which leaves the
 *                    verdict to the rating value
 * @param ratingLabel that rating's label on the desk's scale
 * @param edited      whether a person set it rather than the default x-fact tables
 */
public record LabelMappingRow(long id, String labelKey, String site, @Nullable String ratingCode,
        @Nullable String ratingLabel, @Nullable String ratingColour, boolean edited, Instant updatedAt) {
}
