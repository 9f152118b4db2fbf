/**
 * Turns a fetched news page or pasted page text into an article's plain text and metadata.
 *
 * <p>Pure code without Spring: the article module wires it into its import service. The text it produces
 * ({@link org.claimdesk.article.extraction.ExtractedArticle#text()}) is what gets stored and what claim
 * anchors count character offsets in, so every step here is deterministic.
 */
@NullMarked
package org.claimdesk.article.extraction;

import org.jspecify.annotations.NullMarked;
