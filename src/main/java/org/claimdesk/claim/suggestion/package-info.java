/**
 * Suggests check-worthy sentences in an article's stored text, without network models: sentences are
 * split with the JDK's {@link java.text.BreakIterator}, page furniture is skipped, and what remains is
 * scored by cheap features (numbers, dates, names, places, quantities, comparisons, attributions). A
 * suggestion carries offsets into the text, so accepting it anchors a claim directly.
 */
@NullMarked
package org.claimdesk.claim.suggestion;

import org.jspecify.annotations.NullMarked;
